# not-dash: ipsh IPC builtins
# scripts/examples/signal_worker.sh: a worker blocked in `mq recv` answers USR1 (a report)
# and TERM (a clean stop) at once, through trap.
"$IPSH" "$IPSH_SOURCE_ROOT/scripts/examples/signal_worker.sh" "/${IPSH_TEST_PREFIX}signals"
echo "status $?"
