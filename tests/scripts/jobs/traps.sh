# trap: EXIT, signals at safe points, during loops, reset, ignore, listing, in subshells.
trap 'echo "EXIT trap, status $?"' EXIT
trap 'echo "got USR1"' USR1
kill -USR1 $$
echo "after first signal"
i=0
while [ $i -lt 3 ]; do
  i=$((i + 1))
  [ $i = 2 ] && kill -USR1 $$
  echo "loop $i"
done
trap - USR1
trap
trap '' USR2
kill -USR2 $$; echo "ignored USR2"
trap 'echo "TERM trap"; trap - TERM' TERM
kill -TERM $$; echo "after TERM"
(trap 'echo "subshell exit"' EXIT; echo "in subshell")
# (A subshell's `trap` lists the parent's traps until it runs a trap command with operands:
# trap_subshell_list.sh; `trap - HUP` shows its own.)
(trap - HUP; trap; echo "subshell sees no USR1 trap") | grep -v USR1
f() { trap 'echo "trap set in function"' HUP; }; f; kill -HUP $$
trap 'echo "multi"; echo "command trap"' USR1; kill -USR1 $$
false
