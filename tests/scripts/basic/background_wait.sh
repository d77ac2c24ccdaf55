# Background jobs in a script: $!, wait for one or all, statuses.
sleep 0.2 &
pid=$!
case $pid in ''|*[!0-9]*) echo "bad pid";; *) echo "pid is numeric";; esac
wait $pid; echo "waited: $?"
(exit 7) &
wait $!; echo "status of background: $?"
(sleep 0.1; exit 3) & (sleep 0.2; exit 4) &
wait; echo "wait all: $?"
wait 99999; echo "unknown pid: $?"
echo start > log; { sleep 0.1; echo bg >> log; } & wait; cat log
