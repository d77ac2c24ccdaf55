# set -e and the POSIX exceptions: conditions, && / || except the last, !, functions in conditions.
set -e
if false; then :; fi; echo "if condition"
while false; do :; done; echo "while condition"
until true; do :; done; echo "until condition"
false || echo "left of ||"
false && echo never; echo "left of &&"
! true; echo "negated pipeline"
f() { false; echo "in f after false (errexit off in condition)"; }
if f; then echo "f true"; fi
f && echo "f in &&"
x=$(false; echo "cmdsub continues: set -e is not inherited? no, it is") || true
echo "$x"
(false; echo never) || echo "subshell exited: $?"
false | true; echo "pipeline status is the last"
set +e; false; echo "off again"
set -e
trap 'echo "exiting with $?"' EXIT
true && false
echo never
