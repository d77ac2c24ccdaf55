# not-dash: shopt is bash's; expectations checked against bash 5.2 where bash has the option.
mkdir d && cd d && touch .hidden Abc abd
echo *
shopt -s dotglob; echo *; shopt -u dotglob
shopt -s nocaseglob; echo a*; shopt -u nocaseglob
echo x* "(no match stays)"
shopt -s nullglob; printf '[%s]' x*; echo " nullglob"; shopt -u nullglob
shopt nullglob failglob; echo "status $?"
shopt -q dotglob || echo "-q: off, status 1"
shopt -p nullglob expand_aliases
shopt -s bogus; echo "unknown: $?"
shopt -s -o errexit; case $- in *e*) echo "-o sets set options";; esac; set +e
shopt -po errexit
# failglob: the command is abandoned with status 1 and the script goes on.
shopt -s failglob
echo x*
echo "failglob status $?"
shopt -u failglob
# Under set -e that failure ends the shell (bash), even in a condition.
"$IPSH" -c 'set -e; shopt -s failglob; if echo *.none; then :; fi; echo "not reached"'; echo "failglob under set -e: $?"
shopt -u expand_aliases
alias e=echo
e not an alias 2>/dev/null || echo "aliases off: $?"
shopt -s expand_aliases
alias e=echo
e "aliases on"
cd .. && rm -r d
