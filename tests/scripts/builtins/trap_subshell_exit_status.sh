# A bare exit in a subshell inside a trap action uses the subshell's own $? (the
# before-the-trap value applies only to the action itself).
# not-dash: dash exits the subshell with the status from before the trap (0 here)
trap '((exit 2); exit); echo "subshell: $?"' INT
(exit 1)
kill -INT $$
