# Assignments: plain, before commands (temporary, exported), before special builtins.
a=1 b=2
echo "$a $b"
a=3 sh -c 'echo "child sees a=$a"'
echo "after temporary: $a"
unexported=secret; sh -c 'echo "child: [$unexported]"'
export exported=visible; sh -c 'echo "child: [$exported]"'
x=before; x=after :; echo "special builtin keeps: $x"
y=1; y=2 true; echo "regular builtin restores: $y"
c=$((1+2)) d=$c; echo "left to right: $c $d"
e= ; echo "empty: [$e]"
f=a\ b; echo "escaped: [$f]"
g="*"; echo "no glob in assignment: [$g]"
h=~; case $h in /*) echo "tilde in assignment expands";; *) echo "no: $h";; esac
