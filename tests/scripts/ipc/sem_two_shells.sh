# not-dash: ipsh IPC builtins
# Two ipsh processes hand a token back and forth with two semaphores (ping-pong), then a
# waiter blocks until another process posts.
ping=/${IPSH_TEST_PREFIX}ping
pong=/${IPSH_TEST_PREFIX}pong
trap 'sem unlink -f "$ping" "$pong"' EXIT
sem create "$ping" && sem create "$pong" || exit 1

"$IPSH" -c '
    i=1
    while [ $i -le 3 ]; do
        sem wait -t 10 "$1" || exit 1
        echo "  pong $i"
        sem post "$2"
        i=$((i + 1))
    done
' - "$ping" "$pong" &
i=1
while [ $i -le 3 ]; do
    echo "ping $i"
    sem post "$ping"
    sem wait -t 10 "$pong" || echo "no pong"
    i=$((i + 1))
done
wait $!; echo "other shell: $?"

("$IPSH" -c 'sleep 0.3; sem post "$1"' - "$ping" &)
sem wait -t 10 "$ping"; echo "woken by the other shell: $?"
