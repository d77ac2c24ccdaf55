# not-dash: printf -v and %q, printf's \x \u \U, test -v, case ;;& and wait -n are bash's.
printf -v foo '%s-%d' a 5; echo "[$foo]"
printf -v q %q "it's a \"test\" \\ \$x"; eval "b=$q"; echo "[$b]"; printf '%q|%q\n' '' simple
printf -v out 'no newline'; printf '[%s]\n' "$out"
printf -v 1bad x 2>&1; echo "status $?"
printf '\x41\x4a\u00e9\U0001F600 \xg\n' | od -An -c | tr -s ' '
test -v foo && echo "set"; test -v nope || echo "unset"; [ -v ] && echo "one operand: a string"
case a in a) echo A ;;& *) echo star ;;& b) echo no ;; *) echo star2 ;; esac
case b in a) echo no ;;& b) echo B ;; *) echo "not reached" ;; esac
{ sleep 0.5; exit 9; } & { sleep 0.1; exit 3; } &
wait -n; echo "status=$?"; wait -n; echo "status=$?"; wait -n; echo "none=$?"
# %q escapes with backslashes as bash does: ~ only where a tilde expansion could start, #
# only at the start; $'...' for control characters.
printf '%q ' 'a b' '$x' "it's" '~x' 'x~' 'a=~' '#a' 'a#' '{a,b}' 'plain' $'tab\there'; echo
for w in 'a b' '~x' 'a=~' '#a' "it's" '{a,b}'; do eval "r=$(printf %q "$w")"; [ "$r" = "$w" ] || echo "no round trip: $w"; done
# %(format)T: seconds since the epoch in local time (TZ when exported), with width and
# precision; -1 or no operand is now, -2 when the shell started; an empty format is %X.
export TZ=JST-9; printf '%(%Y-%m-%d %H:%M)T\n' 1557978599
export TZ=EST5; printf '%(%Y-%m-%d %H:%M)T|[%10.5(%Y-%m-%d)T]\n' 1557978599 1557978599
unset TZ; TZ=JST-9
[ "$(printf '%(%H)T' 1557978599)" = "$(env -u TZ date -d @1557978599 +%H)" ] && echo "TZ not exported: the system's zone"
export TZ=UTC0
[ "$(printf '%(%s)T' -1)" -ge 1557978599 ] && [ "$(printf '%(%s)T')" -ge 1557978599 ] && echo "now"
[ "$(printf '%(%s)T' -2)" -le "$(printf '%(%s)T')" ] && [ "$(printf '%(%s)T' -2)" -ge 1557978599 ] && echo "shell start"
[ "$(printf '%()T')" = "$(date +%X)" ] || [ "$(printf '%()T')" = "$(date +%X)" ] && echo "empty format is %X"
printf '%(%Y' 2>&1; echo " status $?"
