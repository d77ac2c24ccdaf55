# set -v writes each input line to stderr as the shell reads it, just before it runs: the
# lines of a compound command all come before it runs, a here-document's body with its
# command; alias text is not shown. (Run with 2>&1 to see the order.)
# not-dash: dash does not echo the lines of a -c string (bash does)
exec 2>&1
set -v
echo a
if true; then
  echo b
fi
alias e='echo from alias'
e x
cat <<END
body
END
set +v
echo quiet
"$IPSH" -v -c 'echo one; echo two
echo three'
printf 'echo four\necho five' | "$IPSH" -v
