# not-dash: ERR and DEBUG are bash's trap conditions (dash has neither).
# ERR runs after a command fails where set -e would exit, with $? of that command;
# not in conditions, not for the left side of && / ||, not after `!`.
trap 'echo "ERR status=$?"' ERR
false
echo "after false: $?"
if false; then :; fi
false || true
! true
true && false
(exit 3)
f() { return 4; }
f
trap -p ERR
trap - ERR
false
echo "reset: no ERR"
# DEBUG runs before each simple command, and $? is kept across it.
trap 'echo "DEBUG"' DEBUG
echo one
(exit 5)
echo "status $?"
trap - DEBUG
echo no debug
# set -e: ERR runs first, then the shell exits.
trap 'echo "ERR before exit: $?"' ERR
set -e
sh -c 'exit 6'
echo not reached
