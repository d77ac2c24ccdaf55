# A trapped signal ends `wait` with 128+N even when the child that sent it exits at once
# (the shell reaps that child first, so the blocking wait itself is not interrupted).
trap 'echo usr1' USR1
sleep 5 &
p=$!
(sleep 0.1; kill -USR1 $$) &
wait $p
echo "status $?"
kill $p
wait $p
echo "killed $?"
