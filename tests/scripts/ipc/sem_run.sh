# not-dash: ipsh IPC builtins
# sem run waits, runs the command, and posts on every way out: success, failure, a missing
# command, return, exit, a fatal shell error, and the signals that kill the shell.
s=/${IPSH_TEST_PREFIX}lock
trap 'sem unlink -f "$s"' EXIT
sem create -i 1 "$s" || exit 1
value() { echo "  value=$(sem value "$s")"; }

sem run "$s" -- sh -c 'echo "inside: $0"' external; echo "status $?"; value
f() { echo "inside f, value=$(sem value "$s")"; return 7; }
sem run "$s" f; echo "function (no --): status $?"; value
sem run "$s" -- false; echo "false: status $?"; value
sem run "$s" -- no-such-command-here 2>/dev/null; echo "not found: status $?"; value
sem run "$s" -- sem run -n "$s" -- echo never; echo "nested, busy: status $?"; value
sem run "$s" -- sem post "$s"; sem value "$s"; sem wait "$s"
for i in 1 2; do sem run "$s" -- break; done; echo "break ends the loop, i=$i"; value

"$IPSH" -c 'sem run "$1" -- exit 3; echo not reached' - "$s"; echo "exit 3: status $?"; value
# Like `command`, sem run turns an error that would end the shell into COMMAND's status.
"$IPSH" -c 'readonly r=1; sem run "$1" -- export r=2; echo "went on"' - "$s" 2>/dev/null
echo "error in a special builtin: status $?"; value
"$IPSH" -c 'f() { echo "${undefined?is not set}"; }; sem run "$1" -- f; echo "went on: $?"' - "$s" 2>/dev/null
echo "expansion error: status $?"; value
"$IPSH" -c 'set -e; sem run "$1" -- false; echo not reached' - "$s"; echo "set -e: status $?"; value

# A signal that kills the shell still posts: the shell catches it while it holds the
# semaphore, leaves the command, posts, and dies of the signal. The shell under test runs in
# the foreground (a background job of a script starts with SIGINT ignored).
for sig in INT TERM HUP QUIT; do
    rm -f pid
    (while [ ! -s pid ]; do sleep 0.05; done; sleep 0.2; kill -$sig "$(cat pid)") &
    "$IPSH" -c 'echo $$ > pid; g() { while :; do sleep 0.05; done; }; sem run "$1" -- g' - "$s"
    echo "$sig during a function: status $?"; value
    wait
done
rm -f pid
(while [ ! -s pid ]; do sleep 0.05; done; sleep 0.2; kill -INT "$(cat pid)") &
"$IPSH" -c 'echo $$ > pid; sem run "$1" -- sleep 0.5; echo not reached' - "$s"
echo "INT during an external command: status $?"; value
wait
# A trapped signal runs its trap; the command goes on.
rm -f pid
(while [ ! -s pid ]; do sleep 0.05; done; sleep 0.2; kill -TERM "$(cat pid)") &
"$IPSH" -c 'echo $$ > pid; trap "echo \"  TERM trapped\"" TERM; sem run "$1" -- sleep 0.5; echo "went on: $?"' - "$s"
value
wait
# The trap table is the same inside and after.
trap 'echo bye' USR2
sem run "$s" -- trap
trap
