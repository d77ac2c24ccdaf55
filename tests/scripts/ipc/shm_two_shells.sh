# not-dash: ipsh IPC builtins
# Two ipsh processes share a block of memory: one writes a record, the other reads it, and a
# semaphore says when it is ready. The shell never maps the memory, so shrinking it under a
# reader is an error, not a crash.
m=/${IPSH_TEST_PREFIX}board
ready=/${IPSH_TEST_PREFIX}ready
trap 'shm unlink -f "$m"; sem unlink -f "$ready"' EXIT
shm create "$m" 64 && sem create "$ready" || exit 1

"$IPSH" -c 'shm write "$1" "temperature=21 humidity=40" && sem post "$2"' - "$m" "$ready" &
sem wait -t 10 "$ready" && shm read -v record "$m"
wait $!
echo "record: $record"
eval "$record"
echo "temperature is $temperature"

# Another process shrinks the object: reading the old size fails cleanly.
"$IPSH" -c 'shm unlink "$1"; shm create "$1" 4' - "$m"
shm read -c 64 "$m" 2>err; echo "status=$?"
sed "s|$IPSH_TEST_PREFIX|PFX|g" err
shm stat "$m" | grep size
