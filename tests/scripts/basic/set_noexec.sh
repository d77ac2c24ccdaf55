# set -n in a script: from there on commands are read and checked, not run, even the rest of
# the line that turned it on (dash, bash); a syntax error later is still reported.
echo before
"$IPSH" -c 'echo a; set -n; echo not run; echo nor this
echo nor that'
echo "status $?"
"$IPSH" -c 'true && set -n && echo not run; echo not run either'
"$IPSH" -c 'f() { set -n; echo not run; }; f; echo not run'
printf 'set -n\necho not run\nif then\n' > bad.sh
"$IPSH" bad.sh 2>/dev/null; echo "syntax error found: status $?"
rm bad.sh
