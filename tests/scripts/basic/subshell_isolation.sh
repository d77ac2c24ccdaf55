# Subshells get a copy of the state; changes do not leak back.
x=1
(x=2; echo "inside: $x")
echo "outside: $x"
(cd /; pwd)
pwd | grep -q / && echo "cwd unchanged"
f() { echo "function in subshell"; }
(f)
(exit 5); echo "subshell status: $?"
(set -- a b c; echo "args $#")
echo "args outside $#"
( (echo nested) )
echo "$( (echo cmdsub-subshell) )"
