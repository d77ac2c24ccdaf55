# not-dash: dash exits 2 for a bad signal name and reports "No such process" without the pid; bash-style messages and status 1 here
# kill: every operand is tried; any failure gives status 1 and a message per operand.
kill 999999; echo "st=$?"
kill -- -999999; echo "st=$?"
kill abc; echo "st=$?"
kill %3; echo "st=$?"
kill -s FOO 1; echo "st=$?"
kill -FOO 1; echo "st=$?"
kill -n abc 1; echo "st=$?"
kill -s0 $$; echo "st=$?"
sleep 10 & p=$!
kill 999999 $p abc; echo "st=$?"
wait $p; echo "wait st=$?"
# Usage errors: status 2.
kill; echo "st=$?"
kill -s; echo "st=$?"
kill -9; echo "st=$?"
