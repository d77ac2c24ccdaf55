# set -e: a compound command whose redirection fails ends the shell (status 1 here and in
# bash, 2 in dash).
# not-dash: dash exits with status 2 after a redirection error, ipsh and bash with 1
set -e
{ echo no; } < missing.txt || echo "tested: $(($? != 0))"
while read line; do echo "$line"; done < missing.txt
echo not reached
