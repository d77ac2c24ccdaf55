# not-dash: dash prints "Killed" differently; statuses are the same
# Exit statuses of external commands: normal, 127 not found, 126 not executable, 128+N.
sh -c 'exit 3'; echo "exit 3: $?"
no_such_command_xyz; echo "not found: $?"
./no_such_file; echo "no file: $?"
echo 'echo hi' > notexec; chmod 644 notexec; ./notexec; echo "not executable: $?"
mkdir adir; ./adir; echo "directory: $?"
sh -c 'kill -TERM $$'; echo "terminated: $?"
sh -c 'kill -KILL $$'; echo "killed: $?"
(exit 255); echo "255: $?"
(exit 256); echo "256 wraps: $?"
