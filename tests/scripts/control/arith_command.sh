# not-dash: (( )) and for (( ; ; )) are bash and ksh; dash reads (( as two subshells.
x=5; (( x > 3 )) && echo big; (( x = x * 2 )); echo $x
(( 0 )); echo "zero: $?"; (( x - 10 )); echo "ten minus ten: $?"
(( y = 2 ** 3, y += 1 )); echo "y=$y"
for ((i = 0; i < 3; i++)); do printf '%s ' $i; done; echo
for ((;;)); do echo "endless, left with break"; break; done
for ((i=0;i<10;i++)) do [ $i = 2 ] && continue; [ $i = 4 ] && break; printf '%s ' $i; done; echo
n=3; for ((i = n; i > 0; i -= 1)); do printf '%s ' "$i"; done; echo
# (( that does not close with )) is two nested subshells, as in bash.
((echo nested subshells) )
( (echo spaced) )
# Under set -e a false (( )) ends the script like any failing command.
"$IPSH" -ec '(( 1 )); echo one; (( 0 )); echo not reached'; echo "status $?"
(( 1 / 0 )) 2>/dev/null; echo "error status $?"
"$IPSH" -c 'for ((i=0; i<2)); do :; done' 2>&1; echo "status $?"
f() (( $1 > 1 ))
f 2 && echo "function body"
