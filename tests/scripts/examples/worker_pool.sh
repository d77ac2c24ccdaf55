# not-dash: ipsh IPC builtins
# scripts/examples/worker_pool.sh: jobs go out through one queue to a pool of workers and
# results come back through another; every job is done exactly once.
ex=$IPSH_SOURCE_ROOT/scripts/examples
"$IPSH" "$ex/worker_pool.sh" "/${IPSH_TEST_PREFIX}pool" > out; echo "status $?"
# Which worker did which job (and whether each worker got one) varies; the results and the
# total don't.
sed '/^jobs per worker:/,$d' out
sed '1,/^jobs per worker:/d' out | awk -v w=3 '{ n += $1 } END { print n " jobs done" (NR <= w ? "" : ", by more workers than there are") }'
"$IPSH" "$ex/worker_pool.sh" "/${IPSH_TEST_PREFIX}pool" 4 100 > out; echo "status $?"
sed '/^jobs per worker:/,$d' out | sort -u | awk '$1 * $1 != $4 { bad++ } END { print NR " distinct results, " bad + 0 " wrong" }'
sed '1,/^jobs per worker:/d' out | awk -v w=4 '{ n += $1 } END { print n " jobs done" (NR <= w ? "" : ", by more workers than there are") }'
