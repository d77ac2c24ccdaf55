#!/usr/bin/env ipsh
# mq_consumer.sh: the consumer half of a producer/consumer pair over a POSIX message queue
# (see mq_producer.sh). It takes jobs until STOP, then removes the queue.
#
#   build/ipsh scripts/examples/mq_consumer.sh & build/ipsh scripts/examples/mq_producer.sh; wait
#
# Usage: mq_consumer.sh [QUEUE]   (default /ipsh-demo-jobs)
q=${1:-/ipsh-demo-jobs}

mq create "$q" || exit
done_jobs=0
# -t 30: give up (status 4) if the producer goes silent for 30 seconds.
while mq recv -t 30 -v job "$q"; do
    [ "$job" = STOP ] && break
    echo "consumer: ${job#*: }"
    done_jobs=$((done_jobs + 1))
done
status=$?
mq unlink "$q"
echo "consumer: $done_jobs jobs done"
exit $status
