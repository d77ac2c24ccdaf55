# The same in the EXIT trap: the shell's exit status is kept.
trap 'false; exit' EXIT
exit 3
