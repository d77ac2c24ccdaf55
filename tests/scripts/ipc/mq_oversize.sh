# not-dash: ipsh IPC builtins
# Messages larger than the queue allows fail with status 3 and say how large each side is;
# sizes beyond the system limits are refused at create time, naming the limit.
q=/${IPSH_TEST_PREFIX}big
trap 'mq unlink -f "$q"' EXIT
show() { sed "s|$IPSH_TEST_PREFIX|PFX|g" err; }
mq create --msgsize 100 --maxmsg 2 "$q" || exit 1
mq stat "$q" | grep -e maxmsg -e msgsize

head -c 101 /dev/zero | mq send "$q" 2>err; echo "stdin: status=$?"; show
mq send "$q" "$(head -c 150 /dev/zero | tr '\0' x)" 2>err; echo "argument: status=$?"; show
printf 'short\n%0200d\nnot sent\n' 0 | mq send -l "$q" 2>err; echo "-l: status=$?"; show
mq recv -c 1 "$q"
head -c 100 /dev/zero | mq send "$q" && echo "exactly 100 bytes fit"

msg_max=$(cat /proc/sys/fs/mqueue/msg_max)
msgsize_max=$(cat /proc/sys/fs/mqueue/msgsize_max)
mq create --maxmsg $((msg_max + 1)) "${q}2" 2>err; echo "maxmsg: status=$?"
sed "s|$IPSH_TEST_PREFIX|PFX|g; s/$((msg_max + 1))/LIMIT+1/g; s/ $msg_max / LIMIT /" err
mq create --msgsize $((msgsize_max + 1)) "${q}2" 2>err; echo "msgsize: status=$?"
sed "s|$IPSH_TEST_PREFIX|PFX|g; s/$((msgsize_max + 1))/LIMIT+1/g; s/ $msgsize_max / LIMIT /" err
mq stat "${q}2" 2>/dev/null; echo "not created: $?"
# Sizes beyond any int are limit errors too, not usage errors.
mq create --msgsize 9G "${q}2" 2>err; echo "--msgsize 9G: status=$?"
sed "s|$IPSH_TEST_PREFIX|PFX|g; s/ $msgsize_max / LIMIT /; s/=9663676416/=N/" err | cut -c1-80
mq create --maxmsg 2147483648 "${q}2" 2>err; echo "--maxmsg 2^31: status=$?"
# The per-user queue memory limit is named also when the queue gets the default sizes.
(ulimit -q 1; mq create "${q}3") 2>err; echo "ulimit -q 1: status=$?"
sed "s|$IPSH_TEST_PREFIX|PFX|g; s/maxmsg [0-9]* x msgsize [0-9]*/maxmsg M x msgsize S/" err
mq unlink -f "${q}3"
