# not-dash: ipsh IPC builtins
# scripts/examples/mq_producer.sh and mq_consumer.sh as two ipsh processes, started in both
# orders; the consumer removes the queue at the end.
ex=$IPSH_SOURCE_ROOT/scripts/examples
q=/${IPSH_TEST_PREFIX}jobs
"$IPSH" "$ex/mq_consumer.sh" "$q" > consumer.out &
"$IPSH" "$ex/mq_producer.sh" "$q" 25
wait $!; echo "consumer status $?"
head -3 consumer.out; echo ...; tail -2 consumer.out

# The producer first: its 40 jobs don't fit in the queue, so it waits for the consumer.
"$IPSH" "$ex/mq_producer.sh" "$q" 40 > producer.out &
sleep 0.2
"$IPSH" "$ex/mq_consumer.sh" "$q" | tail -1
wait $!; echo "producer status $?"
cat producer.out
mq stat "$q" 2>/dev/null; echo "queue removed: $?"
