# not-dash: ipsh IPC builtins
# No IPC descriptor survives into a child, and none stays open in the shell: every call
# opens, acts and closes, with close-on-exec descriptors.
P=$IPSH_TEST_PREFIX
trap 'mq unlink -f /${P}q; shm unlink -f /${P}m; sem unlink -f /${P}s' EXIT
fds() { ls /proc/$$/fd | sort -n | tr '\n' ' '; }
before=$(fds)
mq create /${P}q && shm create /${P}m 8 && sem create -i 1 /${P}s || exit 1
mq send /${P}q x; mq recv -v v /${P}q; mq stat /${P}q >/dev/null
shm write /${P}m x; shm read /${P}m >/dev/null; shm stat /${P}m >/dev/null
sem wait /${P}s; sem post /${P}s; sem value /${P}s >/dev/null
mq recv -n /${P}q; shm read -o 99 /${P}m 2>/dev/null; sem wait -n /${P}s; sem wait -n /${P}s
sem post /${P}s
after=$(fds)
[ "$before" = "$after" ] && echo "the shell's descriptors are unchanged" || echo "before: $before after: $after"
# While `sem run` holds the semaphore, the command sees only 0, 1 and 2.
sem run /${P}s -- "$TEST_HELPER" fds
# The object names don't show up as open files of a child either.
sem run /${P}s -- sh -c 'exec ls -l /proc/$$/fd > fdlist'
grep -e mqueue -e /dev/shm fdlist || echo "no IPC object among the child's descriptors"
