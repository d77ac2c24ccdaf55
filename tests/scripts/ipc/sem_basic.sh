# not-dash: ipsh IPC builtins
# sem: create with a value, wait/post/value, -n and -t, stat, ls, unlink.
s=/${IPSH_TEST_PREFIX}s
trap 'sem unlink -f "$s"' EXIT
now() { date +%s%N; }

sem create -i 2 "$s"; echo "create=$?"
sem stat "$s" | sed "s/^owner=$(id -un)$/owner=ME/"
sem value "$s"
sem wait "$s"; sem wait -n "$s"; echo "two waits: $?"
sem value "$s"
sem wait -n "$s"; echo "wait -n at zero: $?"
t=$(now); sem wait -t 0.3 "$s"; echo "wait -t 0.3 at zero: $?"
ms=$((($(now) - t) / 1000000)); [ $ms -ge 280 ] && [ $ms -lt 6000 ] && echo "after about 0.3s" || echo "after ${ms}ms"
sem post "$s"; sem post "$s"; sem post "$s"
sem value "$s"
eval "$(sem stat "$s")"; echo "value=$value mode=$mode"
sem ls | grep -c "^$s\$"
# create without -x opens the existing semaphore and keeps its value.
sem create -i 9 "$s"; sem value "$s"
sem unlink "$s"; echo "unlink=$?"
sem ls | grep -c "^$s\$"
sem value "$s" 2>/dev/null; echo "value after unlink: $?"
