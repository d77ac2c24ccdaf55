#!/usr/bin/env ipsh
# mq_producer.sh: the producer half of a producer/consumer pair over a POSIX message queue.
# It sends COUNT jobs, one line each, then a STOP message. The queue holds 10 messages: when
# it is full the producer waits for the consumer (`mq send` blocks), so neither side needs
# temp files or polling. Run both, in either order, from the repository root:
#
#   build/ipsh scripts/examples/mq_consumer.sh & build/ipsh scripts/examples/mq_producer.sh; wait
#
# Usage: mq_producer.sh [QUEUE [COUNT]]   (default queue /ipsh-demo-jobs, 25 jobs)
q=${1:-/ipsh-demo-jobs}
count=${2:-25}

# Whoever starts first creates the queue (0600: only this user can use it); the other one
# opens it. create refuses a queue that another user made in advance.
mq create "$q" || exit

# `mq send -l` turns each line of its input into one message: it works as a pipeline stage.
i=1
while [ "$i" -le "$count" ]; do
    echo "job $i: compress file-$i.log"
    i=$((i + 1))
done | mq send -t 30 -l "$q" || exit

# The consumer stops at this message. -p 0 is the default priority, so it comes last.
mq send -t 30 "$q" STOP || exit
echo "producer: sent $count jobs"
