# kill: sending signals to background processes by pid; the status of the killed process
# tells which signal arrived.
sleep 10 & kill $!; wait $!; echo "TERM st=$?"
sleep 10 & kill -9 $!; wait $!; echo "-9 st=$?"
sleep 10 & kill -KILL $!; wait $!; echo "-KILL st=$?"
sleep 10 & kill -s ALRM $!; wait $!; echo "-s ALRM st=$?"
sleep 10 & kill -s HUP -- $!; wait $!; echo "-s HUP -- st=$?"
sleep 10 & kill -USR1 $!; wait $!; echo "-USR1 st=$?"
sleep 10 & p=$!; kill -0 $p; echo "-0 st=$?"; kill -s 0 $p; echo "-s 0 st=$?"; kill $p; wait $p
# Several pids at once.
sleep 10 & a=$!
sleep 10 & b=$!
kill $a $b; wait $a; s1=$?; wait $b; echo "two: $s1 $?"
# The shell itself: a trapped signal runs the trap.
trap 'echo got USR1' USR1
kill -USR1 $$; echo "after st=$?"
trap 'echo got TERM' TERM
kill $$; echo "after TERM st=$?"
trap - TERM
kill -0 $$; echo "self -0 st=$?"
