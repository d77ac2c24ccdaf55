# not-dash: ipsh IPC builtins
# -n returns 1 at once when there is nothing to do (queue empty for recv, full for send);
# -t SECONDS returns 4 after about that time; a message that arrives during the wait ends it.
q=/${IPSH_TEST_PREFIX}w
trap 'mq unlink -f "$q"' EXIT
mq create --maxmsg 2 "$q" || exit 1
now() { date +%s%N; }
# Prints the milliseconds since $1.
since() { echo $((($(now) - $1) / 1000000)); }

t=$(now); mq recv -n "$q"; echo "recv -n on empty: $?"
[ "$(since $t)" -lt 3000 ] && echo "at once"
mq send "$q" 1 && mq send "$q" 2
t=$(now); mq send -n "$q" 3; echo "send -n on full: $?"
[ "$(since $t)" -lt 3000 ] && echo "at once"

t=$(now); mq send -t 0.4 "$q" 3; echo "send -t 0.4 on full: $?"
ms=$(since $t); [ $ms -ge 380 ] && [ $ms -lt 6000 ] && echo "after about 0.4s" || echo "after ${ms}ms"
mq recv -c 2 "$q"
t=$(now); mq recv -t 0.5 "$q"; echo "recv -t 0.5 on empty: $?"
ms=$(since $t); [ $ms -ge 480 ] && [ $ms -lt 6000 ] && echo "after about 0.5s" || echo "after ${ms}ms"
t=$(now); mq recv -t 0 "$q"; echo "recv -t 0: $?"

# A drain loop: `while mq recv -n` stops when the queue is empty.
mq send "$q" a; mq send "$q" b
while mq recv -n -v m "$q"; do echo "drained $m"; done; echo "loop ended"
# -c with -n stops early with 1 when fewer messages are there; what came is printed.
mq send "$q" only
mq recv -n -c 2 "$q"; echo "recv -n -c 2 with one message: $?"

# A sender that starts later ends a blocking receive.
("$IPSH" -c 'sleep 0.3; mq send "$1" late' - "$q" &)
t=$(now); mq recv -t 10 "$q"; echo " status=$?"
ms=$(since $t); [ $ms -ge 200 ] && [ $ms -lt 5000 ] && echo "woke up when it came" || echo "after ${ms}ms"
# Usage errors.
mq recv -t 1 -n "$q" 2>err; echo "-t with -n: $?"
mq recv -t soon "$q" 2>>err; echo "-t soon: $?"
mq send -p 32768 "$q" x 2>>err; echo "-p 32768: $?"
mq recv -c 0 "$q" 2>>err; echo "-c 0: $?"
mq recv -v 1x "$q" 2>>err; echo "-v 1x: $?"
sed "s|$IPSH_TEST_PREFIX|PFX|g" err
