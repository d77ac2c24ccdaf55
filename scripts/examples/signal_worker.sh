#!/usr/bin/env ipsh
# signal_worker.sh: a worker that blocks on a message queue and still answers signals. A
# blocking `mq recv` ends at once with status 128+N when a trapped signal N arrives; the trap
# runs, and the loop decides what to do. Here USR1 asks for a progress report and TERM for a
# clean stop (the queue is removed on the way out).
#
#   build/ipsh scripts/examples/signal_worker.sh
#
# Usage: signal_worker.sh [QUEUE]   (default /ipsh-demo-signals-PID)
q=${1:-/ipsh-demo-signals-$$}
mq create -x "$q" || exit

worker() {
    handled=0
    stop=
    trap 'echo "worker: $handled messages so far"' USR1
    trap 'stop=yes' TERM
    trap 'mq unlink "$q"; echo "worker: stopped after $handled messages"' EXIT
    while [ -z "$stop" ]; do
        mq recv -v msg "$q"
        case $? in
            0) handled=$((handled + 1)); echo "worker: got '$msg'" ;;
            138 | 143) ;;  # SIGUSR1 or SIGTERM: the trap has run; look at $stop again
            *) exit 1 ;;
        esac
    done
}

worker &
pid=$!
# Each step waits until the worker has done the previous one, so the output is in order.
settle() { while [ "$(mq stat "$q" 2>/dev/null | sed -n 's/^curmsgs=//p')" != 0 ]; do sleep 0.05; done; sleep 0.2; }
mq send "$q" "first"; settle
kill -USR1 "$pid"; sleep 0.2
mq send "$q" "second"; settle
kill -USR1 "$pid"; sleep 0.2
kill -TERM "$pid"
wait "$pid"
echo "controller: worker exited with status $?"
