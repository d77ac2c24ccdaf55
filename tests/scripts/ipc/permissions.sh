# not-dash: ipsh IPC builtins
# Objects are created with exactly mode 0600 whatever the umask the shell runs under (000,
# 022, 077), or exactly the mode -m gives; the umask is unchanged afterwards. Checked through
# our own stat and through the files in /dev/shm.
P=$IPSH_TEST_PREFIX
trap 'mq unlink -f /${P}q /${P}q2; shm unlink -f /${P}m /${P}m2; sem unlink -f /${P}s /${P}s2' EXIT
cat > create.sh <<'END'
P=$IPSH_TEST_PREFIX
mode_of() { stat -c %a "$1"; }
echo "umask $(sh -c umask)"
mq create /${P}q && shm create /${P}m 8 && sem create /${P}s || exit 1
echo "  mq $(mq stat /${P}q | grep mode), shm $(shm stat /${P}m | grep mode), sem $(sem stat /${P}s | grep mode)"
echo "  files: shm $(mode_of /dev/shm/${P}m), sem $(mode_of /dev/shm/sem.${P}s)"
mq unlink /${P}q; shm unlink /${P}m; sem unlink /${P}s
mq create -m 0644 /${P}q && shm create -m 640 /${P}m 8 && sem create -m 0666 /${P}s || exit 1
echo "  -m: mq $(mq stat /${P}q | grep mode), shm $(mode_of /dev/shm/${P}m), sem $(mode_of /dev/shm/sem.${P}s)"
mq unlink /${P}q; shm unlink /${P}m; sem unlink /${P}s
echo "  umask afterwards $(sh -c umask)"
END
for u in 000 022 077; do
    sh -c 'umask "$1"; exec "$IPSH" create.sh' - $u || echo "failed under umask $u"
done
mq create -m 0 /${P}q2 && shm create -m 0 /${P}m2 8 && sem create -m 0 /${P}s2 || exit 1
echo "-m 0: mq $(mq stat /${P}q2 | grep mode) shm $(stat -c %a /dev/shm/${P}m2) sem $(stat -c %a /dev/shm/sem.${P}s2)"
mq create -m 0800 /${P}q3 2>err; echo "-m 0800: status=$?"
mq create -m rw /${P}q3 2>>err; echo "-m rw: status=$?"
sed "s|$P|PFX|g" err
