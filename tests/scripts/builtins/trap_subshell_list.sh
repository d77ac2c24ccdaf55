# not-dash: dash lists nothing in a subshell (it predates POSIX 2024)
# In a subshell, `trap` and `trap -p` list the traps from before it was entered until a
# trap command with operands runs there (POSIX 2024 trap; bash). The traps still do not run.
trap 'echo bye' EXIT
trap '' USR1
(trap)
echo "-- nested"
( (trap) )
echo "-- command substitution"
x=$(trap; echo)
echo "$x"
echo "-- trap -p EXIT"
(trap -p EXIT)
echo "-- after a reset"
(trap - INT; trap)
echo "-- after setting one"
(trap 'echo sub' EXIT; trap)
echo "-- pipeline and background"
(trap) | cat
(trap -p USR1) & wait
