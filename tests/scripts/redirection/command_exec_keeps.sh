# `command exec 8<file` keeps its redirections like plain `exec` (modernish relies on it).
echo hello > in.txt
command exec 8<in.txt
read -r line <&8
echo "read [$line]"
command exec 8<&-
read -r line <&8 2>/dev/null || echo closed
