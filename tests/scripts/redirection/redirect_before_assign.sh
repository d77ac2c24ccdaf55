# XCU 2.9.1: the redirections of a command are performed before its assignments are
# expanded, for builtins, functions and external commands alike.
f() { :; }
a=$(cat f1) 3>|f1 true && echo "builtin: ok"
a=$(cat f2) 3>|f2 f && echo "function: ok"
a=$(cat f3) 3>|f3 /bin/true && echo "external: ok"
(a=$(cat f4) 3>|f4 /bin/true) && echo "external, last in subshell: ok"
# ...and xtrace still writes to the shell's stderr, not to the command's.
set -x
a=1 true 2>/dev/null
set +x
