# A subshell started by the EXIT trap runs its own EXIT trap.
trap '(trap "echo inner exit" EXIT; echo in subshell)' EXIT
echo main
