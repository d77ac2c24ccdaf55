# Functions: arguments, return, positional restore, recursion, redefinition, redirections.
greet() { echo "hello $1 ($#)"; }
greet world
greet "two words" extra
ret() { return $1; }
ret 5; echo "returned $?"
ret 0; echo "returned $?"
noret() { false; }; noret; echo "implicit status $?"
set -- outer args
show() { echo "inside: $*"; }
show inner; echo "outside: $*"
fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }
fact 10
count=0; rec() { count=$((count+1)); if [ $count -lt 50 ]; then rec; fi; }; rec; echo "depth $count"
f() { echo first; }; f; f() { echo second; }; f
sub() ( echo "subshell body"; x=changed ); x=orig; sub; echo "x is $x"
redir() { echo "to file"; } > fout.txt; redir; cat fout.txt
early() { echo before; return; echo after; }; early
loopret() { for i in 1 2 3; do if [ $i = 2 ]; then return $i; fi; done; }; loopret; echo "loop return $?"
nested() { inner() { echo "inner defined"; }; inner; }; nested; inner
args() { echo "$#: $@"; }; args "" ''; args
echo_f() { echo "f=$0"; }; echo_f | grep -q "f=" && echo "dollar zero unchanged"
unset -f greet; greet 2>/dev/null || echo "unset -f removed it"
