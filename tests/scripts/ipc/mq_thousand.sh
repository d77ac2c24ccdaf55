# not-dash: ipsh IPC builtins
# 1000 messages between two scripts through a 10-slot queue: none lost, none duplicated,
# in order. First one `mq send` per message against `mq recv -c`, then a `-l` pipeline
# against one `mq recv -v` per message.
q=/${IPSH_TEST_PREFIX}k
trap 'mq unlink -f "$q"' EXIT
mq create --maxmsg 10 "$q" || exit 1

"$IPSH" -c 'i=1; while [ $i -le 1000 ]; do mq send -t 10 "$1" "m$i" || exit 1; i=$((i + 1)); done' - "$q" &
mq recv -t 10 -c 1000 "$q" > got
wait $! || echo "producer failed"
wc -l < got
sort got | uniq -d | wc -l
i=1
while [ $i -le 1000 ]; do echo "m$i"; i=$((i + 1)); done > want
cmp want got && echo "in order"
mq stat "$q" | grep curmsgs

"$IPSH" -c 'i=1; while [ $i -le 1000 ]; do echo "line $i"; i=$((i + 1)); done | mq send -t 10 -l "$1"' - "$q" &
n=0
: > got2
while [ $n -lt 1000 ] && mq recv -t 10 -v m "$q"; do
    echo "$m" >> got2
    n=$((n + 1))
done
wait $! || echo "producer failed"
echo "received $n"
sed 's/^line /m/' got2 | cmp - want && echo "in order"
mq recv -n "$q"; echo "empty=$?"
