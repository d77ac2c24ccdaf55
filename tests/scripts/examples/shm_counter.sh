# not-dash: ipsh IPC builtins
# scripts/examples/shm_counter.sh: workers in separate processes increment a shared-memory
# counter under a semaphore lock; no increment is lost.
ex=$IPSH_SOURCE_ROOT/scripts/examples
"$IPSH" "$ex/shm_counter.sh" "/${IPSH_TEST_PREFIX}counter"; echo "status $?"
"$IPSH" "$ex/shm_counter.sh" "/${IPSH_TEST_PREFIX}counter" 6 40; echo "status $?"
