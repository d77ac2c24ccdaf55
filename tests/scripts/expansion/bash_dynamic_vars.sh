# not-dash: bash's dynamic variables (RANDOM SECONDS BASHPID PIPESTATUS LINENO SHELLOPTS), $"..." and UID EUID OSTYPE
# HOSTNAME, as bash sets them.
case $RANDOM in *[!0-9]*) echo "RANDOM not a number" ;; *) [ "$RANDOM" -le 32767 ] && echo "RANDOM in 0..32767" ;; esac
RANDOM=42; a="$RANDOM $RANDOM"; RANDOM=42; b="$RANDOM $RANDOM"
[ "$a" = "$b" ] && echo "the same seed gives the same numbers"
[ "$(echo $RANDOM)" != "$(echo $RANDOM)" ] || [ "$(echo $RANDOM)" != "$(echo $RANDOM)" ] && echo "subshells reseed"
[ "$SECONDS" -le 1 ] && echo "SECONDS counts from the start"
SECONDS=100; [ "$SECONDS" -ge 100 ] && [ "$SECONDS" -le 101 ] && echo "SECONDS=100 restarts the count"
[ "$BASHPID" = "$$" ] && echo 'BASHPID is $$ in the shell'
( [ "$BASHPID" != "$$" ] && echo "BASHPID is the subshell's own pid" )
true | (exit 3) | false; echo "PIPESTATUS: ${PIPESTATUS[@]} (${#PIPESTATUS[@]} stages)"
(exit 4); echo "one command: ${PIPESTATUS[0]}"
! false; echo "before the bang: ${PIPESTATUS[@]}"
sleep 0 & echo "background: ${PIPESTATUS[*]}"
wait
[ "$UID" -ge 0 ] && [ "$EUID" = "$(id -u)" ] && echo "UID and EUID"
(UID=5) 2>/dev/null; echo "UID is read-only: $?"
[ -n "$OSTYPE" ] && echo "OSTYPE=$OSTYPE"
[ "$HOSTNAME" = "$(uname -n)" ] && echo "HOSTNAME is the host's name"
unset RANDOM; RANDOM=7; echo "unset ends the magic: $RANDOM $RANDOM"
(( n = LINENO )); echo "LINENO in arithmetic: $n $((LINENO))"
set -u; case :$SHELLOPTS: in *:nounset:*) echo "SHELLOPTS has nounset after set -u" ;; esac; set +u
case :$SHELLOPTS: in *:nounset:*) echo "still nounset" ;; *) echo "and loses it after set +u" ;; esac
(SHELLOPTS=x) 2>/dev/null; echo "SHELLOPTS is read-only: $?"
x=translated; echo $"a $x string"
