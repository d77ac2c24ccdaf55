# A function cannot take a special builtin's name (dash: "Bad function name"; bash --posix:
# "is a special builtin"): the definition fails with status 2 and the script stops.
eval 'echo hi'
eval() { echo "func $*"; }
eval 'echo hi again'
echo not reached
