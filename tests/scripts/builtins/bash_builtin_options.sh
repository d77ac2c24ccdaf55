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
