# not-dash: ipsh IPC builtins
# Two ipsh processes talk through a queue: a producer script in the background, the consumer
# here; the consumer answers on a second queue.
req=/${IPSH_TEST_PREFIX}req
rep=/${IPSH_TEST_PREFIX}rep
trap 'mq unlink -f "$req" "$rep"' EXIT
mq create "$req" && mq create "$rep" || exit 1

"$IPSH" -c '
    for w in alpha beta gamma; do mq send "$1" "$w"; done
    mq send "$1" quit
    mq recv -t 10 -c 3 "$2"
' producer "$req" "$rep" > producer.out &

while mq recv -t 10 -v w "$req" && [ "$w" != quit ]; do
    echo "consumer got $w"
    mq send "$rep" "reply to $w"
done
wait $!
echo "producer exit $?"
cat producer.out
