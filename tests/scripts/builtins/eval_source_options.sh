# not-dash: dash runs `--` and `-z` after eval as command names and has no `source`; bash
# skips `--`, rejects other options, and treats source's errors as a regular builtin's.
# The errors of eval and . (special builtins) end the subshell, as POSIX and bash --posix
# have it (plain bash goes on).
eval -- echo hi
eval -- 'x=1; echo "x=$x"'
(eval -z; echo not reached); echo "eval -z: $?"
source /nonexistent/file; echo "source status $?"
source; echo "no file: $?"
(. /nonexistent/file; echo not reached); echo ". status $?"
