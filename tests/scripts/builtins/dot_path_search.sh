# `.` looks a name without a slash up in PATH only, never in the current directory unless
# PATH names it (XCU dot; dash, bash --posix); a name with a slash is used as it is.
# `source` (bash's spelling, tested in bash_compatible.sh) also tries the current directory.
mkdir lib && echo 'echo "from lib"' > lib/inc.sh && echo 'echo "from cwd"' > inc.sh
old=$PATH
PATH=$PWD/lib:$old
. inc.sh
. ./inc.sh
PATH=$old
"$IPSH" -c '. inc.sh; echo "not reached"' 2>err || echo "not found, and the shell stopped"
grep -c 'inc.sh: not found' err
PATH=.:$old
. inc.sh
PATH=$old
rm -r lib inc.sh err
