# not-dash: uses the ipsh test helper's view of descriptors and signals
# A child sees only 0, 1, 2 and what was redirected; signals are unblocked and not ignored.
"$TEST_HELPER" fds
"$TEST_HELPER" fds 5>/dev/null
"$TEST_HELPER" signals
"$TEST_HELPER" fds | cat
