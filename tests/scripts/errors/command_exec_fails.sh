# `command exec cmd` that cannot run cmd still ends a non-interactive shell with 127/126;
# `command` only removes the consequences of special-builtin errors such as a bad redirection.
command exec > /nonexistent/dir/file
echo "redirection failed: $(($? != 0))"
command exec /nonexistent/program
echo not reached
