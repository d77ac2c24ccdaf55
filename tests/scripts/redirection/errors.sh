# not-dash: dash gives status 2 for a failed redirection, bash 1; POSIX only says >0 and ipsh follows bash
# A failed redirection: message, status 1, the command does not run; special builtins differ.
cat < /nonexistent/file; echo "cat status $?"
echo hi > /nonexistent/dir/file; echo "echo status $?"
{ echo never; } < /nonexistent; echo "group status $?"
f() { echo never; }; f < /nonexistent; echo "function status $?"
x=1 > /nonexistent/a; echo "assignment-only status $? x=$x"
echo ok >&9; echo "bad fd status $?"
echo continue
: > /nonexistent/special
echo "not reached: special builtin redirection error ends the script"
