#!/usr/bin/env ipsh
# worker_pool.sh: a pool of workers fed through one message queue that report through
# another. The dispatcher sends each job to the jobs queue; whichever worker is free takes
# it; results come back on the results queue, tagged with the worker's number.
#
#   build/ipsh scripts/examples/worker_pool.sh
#
# Usage: worker_pool.sh [NAME [WORKERS [JOBS]]]  (default /ipsh-demo-pool-PID, 3 workers, 12 jobs)
name=${1:-/ipsh-demo-pool-$$}
workers=${2:-3}
njobs=${3:-12}
jobs_q=$name-jobs
results_q=$name-results

mq create -x "$jobs_q" || exit
mq create -x "$results_q" || { mq unlink "$jobs_q"; exit 1; }
trap 'mq unlink "$jobs_q" "$results_q"' EXIT

# A worker: takes numbers until it gets "quit", sends back "N squared is M".
worker() {
    while mq recv -t 30 -v job "$jobs_q"; do
        [ "$job" = quit ] && return 0
        mq send -t 30 "$results_q" "worker $1: $job squared is $((job * job))" || return
    done
}

w=1
while [ "$w" -le "$workers" ]; do
    worker "$w" &
    w=$((w + 1))
done
# The collector takes exactly one result per job. It runs while the jobs are being sent:
# both queues are bounded (10 messages), so a dispatcher that sent everything first and
# collected afterwards could wait forever on workers waiting for it.
out=${TMPDIR:-/tmp}/pool.$$
mq recv -t 30 -c "$njobs" "$results_q" > "$out" &

# Send the jobs as one pipeline stage, then one "quit" per worker, at the lowest priority
# so no worker quits while jobs are waiting.
i=1
while [ "$i" -le "$njobs" ]; do echo "$i"; i=$((i + 1)); done | mq send -t 30 -p 1 -l "$jobs_q"
w=1
while [ "$w" -le "$workers" ]; do mq send -t 30 -p 0 "$jobs_q" quit; w=$((w + 1)); done
wait

# Which worker did which job varies from run to run; the results don't.
sed 's/^worker [0-9]*: //' "$out" | sort -n
echo "jobs per worker:"
sed 's/: .*//' "$out" | sort | uniq -c | sed 's/^ */  /'
rm -f "$out"
