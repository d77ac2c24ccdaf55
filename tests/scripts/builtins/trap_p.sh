# trap -p [condition...] (POSIX 2024) prints commands that restore the conditions, default
# ones as `trap -- - NAME`; its output can be saved with $(...) and replayed with eval.
# not-dash: dash 0.5.12 has no trap -p
trap 'echo "int trap"' INT
trap '' QUIT
trap -p INT QUIT TERM EXIT
saved=$(trap -p INT QUIT)
trap - INT QUIT
trap
eval "$saved"
trap
trap -p | grep -c '^trap -- ' >/dev/null && echo "lists every condition"
