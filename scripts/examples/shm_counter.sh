#!/usr/bin/env ipsh
# shm_counter.sh: a counter in POSIX shared memory that several processes increment at once,
# kept exact by a semaphore used as a lock with `sem run`. Without the lock, two workers
# could read the same value and one increment would be lost.
#
#   build/ipsh scripts/examples/shm_counter.sh
#
# Usage: shm_counter.sh [NAME [WORKERS [INCREMENTS]]]  (default /ipsh-demo-counter-PID, 4, 50)
name=${1:-/ipsh-demo-counter-$$}
workers=${2:-4}
increments=${3:-50}
counter=$name
lock=$name-lock

# -x: these objects must be new. The lock starts at 1 (free).
shm create -x "$counter" 16 || exit
sem create -x -i 1 "$lock" || { shm unlink "$counter"; exit 1; }
trap 'shm unlink "$counter"; sem unlink "$lock"' EXIT

# The critical section: read, add one, write back. shm read -v drops the NUL padding of the
# 16-byte object; printf pads the number with spaces so a shorter value can't leave digits
# of a longer one behind.
increment() {
    shm read -v n "$counter"
    shm write "$counter" "$(printf '%-16d' $((${n:-0} + 1)))"
}

worker() {
    i=0
    while [ "$i" -lt "$increments" ]; do
        # sem run waits for the lock, runs the function, and posts the lock on every way
        # out: success, failure, Ctrl-C.
        sem run "$lock" -- increment || return
        i=$((i + 1))
    done
}

# Each worker is a separate process.
w=0
while [ "$w" -lt "$workers" ]; do
    worker &
    w=$((w + 1))
done
wait

shm read -v total "$counter"
total=$((total))
echo "counter: $total (expected $((workers * increments)))"
[ "$total" -eq $((workers * increments)) ]
