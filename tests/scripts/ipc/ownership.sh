# not-dash: ipsh IPC builtins
# create (without -x) opens an existing object, but refuses one that belongs to another user
# (status 6) unless -f: someone else could have created it in advance to read our data.
# Changing an object's owner needs root (and queues need /dev/mqueue mounted).
P=$IPSH_TEST_PREFIX
trap 'mq unlink -f /${P}q; shm unlink -f /${P}m; sem unlink -f /${P}s' EXIT
mq create /${P}q && shm create /${P}m 8 && sem create /${P}s || exit 1
echo "own objects: $(mq create /${P}q; echo $?) $(shm create /${P}m 8; echo $?) $(sem create /${P}s; echo $?)"
if [ "$(id -u)" != 0 ] || ! chown nobody /dev/shm/${P}m /dev/shm/sem.${P}s /dev/mqueue/${P}q; then
    echo "this test needs root (to give objects to another user) and /dev/mqueue mounted" >&2
    exit 1
fi
shm create /${P}m 8 2>err; echo "shm: $?"
sem create /${P}s 2>>err; echo "sem: $?"
mq create /${P}q 2>>err; echo "mq: $?"
sed "s|$P|PFX|g; s/(uid [0-9]*)/(uid N)/" err
echo "with -f: $(shm create -f /${P}m 8; echo $?) $(sem create -f /${P}s; echo $?) $(mq create -f /${P}q; echo $?)"
shm stat /${P}m | grep owner
