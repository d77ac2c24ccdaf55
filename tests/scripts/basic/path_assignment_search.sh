# `PATH=dir cmd` searches cmd in the PATH it is given, not the shell's (dash, bash):
# the search waits for the assignments, and redirections are in place for the error.
mkdir bin
printf '#!/bin/sh\necho "mine: $PATH"\n' >bin/mycmd
chmod +x bin/mycmd
OLDPATH=$PATH
PATH=
PATH=$OLDPATH cat </dev/null
echo "cat with an assigned PATH: $?"
PATH=$OLDPATH
PATH=$HOME/bin mycmd | sed "s|$HOME|HOME|"
mycmd 2>/dev/null
echo "outside the assignment: $?"
PATH=/nonexistent ls 2>err
echo "not found: $? $(wc -l <err)"
(PATH=$HOME/bin mycmd) | sed "s|$HOME|HOME|"
PATH=$HOME/bin mycmd >out; sed "s|$HOME|HOME|" out
f() { echo "function first"; }
PATH=/nonexistent f
PATH=/nonexistent echo "builtin first"
