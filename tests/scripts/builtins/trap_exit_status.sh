# A bare `exit` inside a trap action exits with $? as it was before the action ran (XCU exit).
trap 'echo "USR1 saw $?"; false; exit' USR1
(exit 7)
kill -USR1 $$
echo not reached
