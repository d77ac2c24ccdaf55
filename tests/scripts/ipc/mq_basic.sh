# not-dash: ipsh IPC builtins
# mq: create, stat, send/recv in priority order, -c one per line, ls, unlink; names with and
# without the leading slash are the same queue.
q=/${IPSH_TEST_PREFIX}basic
trap 'mq unlink -f "$q"' EXIT

mq create "$q"; echo "create=$?"
mq stat "$q" | sed "s/^owner=$(id -un)$/owner=ME/"
eval "$(mq stat "$q")"
echo "eval: maxmsg=$maxmsg msgsize=$msgsize curmsgs=$curmsgs mode=$mode"

# Priorities come out highest first; equal priorities keep their order.
mq send -p 1 "$q" low-1
mq send "$q" zero
mq send -p 9 "$q" high
mq send -p 1 "$q" low-2
mq send -p 32767 "$q" top
mq stat "$q" | grep curmsgs
mq recv -c 5 --prio-var p "$q" 2>/dev/null; echo "prio-var with -c: $?"
mq recv -v m --prio-var m "$q" 2>/dev/null; echo "-v and --prio-var on one variable: $?"
i=0
while [ $i -lt 5 ]; do
    mq recv -v m --prio-var p "$q"
    echo "$p $m"
    i=$((i + 1))
done

# Several words are one message, joined by spaces; a single recv prints it exactly.
mq send "$q" hello   big world
mq recv "$q" | od -An -c
# -c COUNT: one message per line (a newline is added unless the message ends with one).
mq send "$q" one
printf 'two\n' | mq send "$q"
mq send "$q" ''
mq recv -c 3 "$q" | od -An -c

# The slash is optional.
mq send "${q#/}" no-slash
mq recv "$q"; echo
mq ls | grep -c "^$q\$"
mq unlink "${q#/}"; echo "unlink=$?"
mq ls | grep -c "^$q\$"
mq help | head -1
