# not-dash: ipsh IPC builtins
# shm: create, write and read at offsets, stdin and binary data, stat, ls, unlink. Reads and
# writes past the end are errors (status 3) that change nothing.
m=/${IPSH_TEST_PREFIX}mem
trap 'shm unlink -f "$m"' EXIT
show() { sed "s|$IPSH_TEST_PREFIX|PFX|g" err; }

shm create "$m" 16; echo "create=$?"
shm stat "$m" | sed "s/^owner=$(id -un)$/owner=ME/"
shm read "$m" | od -An -tx1
shm write "$m" hello
shm write -o 8 "$m" world
shm read "$m" | od -An -c
shm read -o 8 -c 5 "$m"; echo
shm read -v v "$m" -c 5 2>/dev/null; echo "options after NAME are data, not options: $?"
shm read -c 5 -v v "$m"; echo "v=$v"
# Trailing NUL padding is dropped for -v; a NUL inside the data is refused.
shm write -o 5 "$m" 123
shm read -c 11 -v v "$m"; echo "v=$v"
shm write -o 15 "$m" Z
shm read -v v "$m" 2>err; echo "NUL inside: status=$?"; show

# Past the end: nothing is written or read, the status is 3.
shm write -o 14 "$m" abc 2>err; echo "write past end: status=$?"; show
shm read -o 10 -c 7 "$m" 2>err; echo "read past end: status=$?"; show
shm read -o 17 "$m" 2>err; echo "offset past end: status=$?"; show
head -c 17 /dev/zero | shm write "$m" 2>err; echo "stdin too long: status=$?"; show
shm read -c 16 "$m" | od -An -c
# Exactly up to the end is fine; -o SIZE reads nothing.
printf 'ABCDEFGHIJKLMNOP' | shm write "$m"; shm read "$m"; echo
shm read -o 16 "$m" | wc -c

# Binary data round-trips byte for byte.
shm create "${m}b" 4K
head -c 4096 /dev/urandom > rand.bin
shm write "${m}b" < rand.bin && shm read "${m}b" > rand.out && cmp rand.bin rand.out && echo "4096 random bytes round-trip"
shm stat "${m}b" | grep size
shm ls | grep -c "^/${IPSH_TEST_PREFIX}mem"
shm unlink "$m" "${m}b"; echo "unlink=$?"
shm ls | grep -c "^/${IPSH_TEST_PREFIX}mem"
shm stat "$m" 2>/dev/null; echo "stat after unlink: $?"
