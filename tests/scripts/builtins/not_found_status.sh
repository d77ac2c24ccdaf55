# not-dash: a name that is not found is status 1 for command -v, command -V and type, with
# the message on stderr (bash); dash gives 127 and prints type's message on stdout. POSIX
# asks only for a non-zero status.
command -v nonexistent_cmd_x; echo "command -v: $?"
command -V nonexistent_cmd_x; echo "command -V: $?"
type nonexistent_cmd_x; echo "type: $?"
type echo nonexistent_cmd_x cd; echo "type with one missing: $?"
type '[[' ']]'
