# not-dash: ipsh IPC builtins
# Binary data goes through a queue byte for byte, NUL bytes included, from stdin to stdout.
q=/${IPSH_TEST_PREFIX}bin
trap 'mq unlink -f "$q"' EXIT
mq create --msgsize 4096 "$q" || exit 1

printf 'a\000b\377\n\000\001' | mq send "$q"
mq recv "$q" | od -An -tx1

# Every byte value, and a random block as big as the queue allows.
i=0
while [ $i -lt 256 ]; do printf "\\$(printf %o $i)"; i=$((i + 1)); done > all.bin
mq send "$q" < all.bin
mq recv "$q" > all.out
cmp all.bin all.out && echo "256 byte values round-trip"
head -c 4096 /dev/urandom > rand.bin
mq send "$q" < rand.bin && mq recv "$q" > rand.out && cmp rand.bin rand.out && echo "4096 random bytes round-trip"

# An empty message is a message.
mq send "$q" < /dev/null
mq stat "$q" | grep curmsgs
mq recv "$q" | wc -c

# A NUL byte can't live in a variable: -v refuses it and puts the message back.
printf 'x\000y' | mq send "$q"
mq recv -v v "$q" 2>err; echo "status=$?"
sed "s|$IPSH_TEST_PREFIX|PFX|" err
echo "v is ${v-unset}"
mq recv -n "$q" | od -An -tx1
