# $(...) and `...`: nesting, trailing newlines, status, quoting, case inside.
echo "[$(echo a; echo; echo)]"
echo "[$(printf_missing=1; echo "x  y")]"
x=$(echo one; exit 3); echo "$x $?"
echo $(echo $(echo $(echo deep)))
echo `echo outer \`echo inner\``
echo "$(case foo in (foo) echo "case in cmdsub";; esac)"
echo "$(case bar in bar) echo "no open paren";; esac)"
echo $( echo 'paren )' )
echo "$(echo "a")$(echo "b")"
v=$( cat <<EOF
heredoc in cmdsub
EOF
)
echo "$v"
echo $(# comment ) inside
echo ok)
echo "$(exit 4)" ; echo "status after empty cmdsub: $?"
a=$(true) b=$(false); echo "last assignment status: $?"
echo "$( (echo subshell) )"
echo $((1 + $(echo 2)))
n=0; y=$(n=5; echo $n); echo "n unchanged: $n, y=$y"
echo "$(echo "$(echo "double nested quotes")")"
