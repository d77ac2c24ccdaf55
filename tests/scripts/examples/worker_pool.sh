# not-dash: ipsh IPC builtins
# scripts/examples/worker_pool.sh: jobs go out through one queue to a pool of workers and
# results come back through another; every job is done exactly once.
ex=$IPSH_SOURCE_ROOT/scripts/examples
"$IPSH" "$ex/worker_pool.sh" "/${IPSH_TEST_PREFIX}pool" > out; echo "status $?"
# Which worker did which job varies; the results and the total don't.
sed '/^jobs per worker:/,$d' out
sed '1,/^jobs per worker:/d' out | awk '{ n += $1 } END { print n " jobs done by " NR " workers" }'
"$IPSH" "$ex/worker_pool.sh" "/${IPSH_TEST_PREFIX}pool" 4 100 > out; echo "status $?"
sed '/^jobs per worker:/,$d' out | wc -l
sed '1,/^jobs per worker:/d' out | awk '{ n += $1 } END { print n " jobs done by " NR " workers" }'
