# A subshell's EXIT trap runs inside the subshell's redirections; $(trap) lists the
# shell's traps (a lone trap in a command substitution sees them, as in bash), so they
# can be saved and restored.
# not-dash: dash resets the traps before running $(trap), so it lists nothing
(trap 'echo to the file' EXIT) > out.txt
echo "file: $(cat out.txt)"
(trap 'echo to the file too' EXIT; exit 3) > out2.txt
echo "status $?, file: $(cat out2.txt)"
trap 'echo "a"'"'b'"'\c' USR1
saved=$(trap)
trap - USR1
eval "$saved"
kill -s USR1 $$
