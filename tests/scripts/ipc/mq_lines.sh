# not-dash: ipsh IPC builtins
# mq as a pipeline stage: `producer | mq send -l` sends each line as one message, and
# `mq recv -c N | while read` consumes them one per line.
q=/${IPSH_TEST_PREFIX}jobs
trap 'mq unlink -f "$q"' EXIT
mq create --maxmsg 3 "$q" || exit 1

# More lines than the queue holds: the sender blocks until the reader catches up.
producer() { for j in build test lint package deploy; do echo "job $j"; done; printf 'last line without newline'; }
producer | mq send -t 10 -l "$q" &
mq recv -t 10 -c 6 "$q" | while read -r j; do echo "worker: $j"; done
wait $!; echo "sender: $?"

# Empty lines are empty messages.
printf 'a\n\nb\n' | mq send -l "$q"
mq stat "$q" | grep curmsgs
mq recv -c 3 "$q" | od -An -c
# -l takes no MESSAGE.
mq send -l "$q" word 2>err; echo "status=$?"; sed "s|$IPSH_TEST_PREFIX|PFX|g" err
