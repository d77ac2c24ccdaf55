# not-dash: ipsh IPC builtins
# Every documented exit status, the same across mq, shm and sem:
# 0 ok, 1 nothing available with -n, 2 usage or bad name, 3 system error, 4 timeout,
# 5 no such object, 6 exists (-x), 128+N interrupted by signal N.
P=$IPSH_TEST_PREFIX
q=/${P}q m=/${P}m s=/${P}s
trap 'mq unlink -f "$q"; shm unlink -f "$m"; sem unlink -f "$s"' EXIT
st() { "$@" 2>>err; echo "$? <- $*" | sed "s|$P|PFX|g" | cut -c1-72; }

echo "-- 5: no such object"
st mq send "$q" x
st mq recv "$q"
st mq stat "$q"
st mq unlink "$q"
st shm read "$m"
st shm write "$m" x
st shm stat "$m"
st shm unlink "$m"
st sem wait "$s"
st sem post "$s"
st sem value "$s"
st sem run "$s" -- true
st sem unlink "$s"
echo "-- 0: success, and unlink -f ignores missing objects"
st mq create --maxmsg 1 "$q"
st shm create "$m" 4
st sem create "$s"
st mq unlink -f "/${P}none"
echo "-- 6: exists, with -x"
st mq create -x "$q"
st shm create -x "$m" 4
st sem create -x "$s"
echo "-- 6: exists with other sizes"
st mq create --maxmsg 2 "$q"
st shm create "$m" 8
echo "-- 1: nothing available with -n"
st mq recv -n "$q"
st mq send "$q" fill
st mq send -n "$q" more
st sem wait -n "$s"
st sem run -n "$s" -- echo not run
echo "-- 4: timeout"
st mq send -t 0.1 "$q" more
st mq recv -c 2 -t 0.1 "$q"
st sem wait -t 0.1 "$s"
st sem run -t 0.1 "$s" -- echo not run
echo "-- 3: system error"
st mq send "$q" "$(printf '%09000d' 0)"
st shm write -o 3 "$m" xyz
st sem create -i 2147483647 "/${P}full"
st sem post "/${P}full"
st sem unlink "/${P}full"
echo "-- 2: usage"
st mq
st shm frobnicate
st sem create
st mq send
st shm create "$m"
st shm read -c lots "$m"
st sem wait -q "$s"
st mq create --maxmsg "$q"
st mq create --maxmsg=0 "$q"
st mq create --colour "$q"
st sem run "$s"
st shm create a/b 1
readonly ro=1
st mq recv -v ro "$q"
echo "-- 128+N: interrupted by a trapped signal"
trap 'echo "  trap ran"' USR1
(sleep 0.2; kill -USR1 $$) & st mq recv -t 10 "$q"; wait
(sleep 0.2; kill -USR1 $$) & st sem wait -t 10 "$s"; wait
st mq send "$q" fill
(sleep 0.2; kill -USR1 $$) & st mq send -t 10 "$q" blocked; wait
(sleep 0.2; kill -USR1 $$) & st sem run -t 10 "$s" -- echo not run; wait
echo "-- messages"
sed "s|$P|PFX|g; s/0\{9000\}/<9000 zeros>/" err
