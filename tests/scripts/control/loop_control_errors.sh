# not-dash: dash ignores a second operand (`break 1 2` is `break 1`); bash --posix goes on
# after the errors. POSIX gives one operand, so ipsh reports the second.
# break and continue (loop control): a count that is not a positive number, or a second
# operand, is a special-builtin error and ends the shell with status 2 (as dash does for a bad
# count).
for cmd in 'break 0' 'break -1' 'break x' 'break 1 2' 'continue 0' 'continue 1 2'; do
    "$IPSH" -c "for i in 1 2; do $cmd; echo \"not reached\"; done; echo \"after the loop\"" 2>/dev/null
    echo "$cmd: $?"
done
# A count past the number of loops leaves them all; outside a loop it does nothing.
for i in 1; do for j in 1; do break 5; done; echo "not reached"; done; echo "break 5 left both"
break; continue; echo "outside a loop: $?"
