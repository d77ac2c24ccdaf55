# not-dash: dash and bash run the trap again inside itself (without end when each run sends the signal again); ipsh runs it once the action is over
# The same signal during its own action waits until the action is over.
n=0
trap 'n=$((n + 1)); echo "run $n"; [ $n -lt 2 ] && kill -HUP $$; echo "end of run $n"' HUP
kill -HUP $$
echo five
