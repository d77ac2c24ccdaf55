# not-dash: for ((...)) and the { } body are bash and ksh
# for ... { list } is for ... do list done (bash, ksh), for both forms of for.
for ((a = 1; a <= 3; a++)) {
    echo "a=$a"
}
for x in p q; { echo "x=$x"; }
for y in r s
{
    echo "y=$y"
} > out.txt
cat out.txt
# Blank expressions in (( ; ; )) are no expression: the condition is then true.
i=1
for ((  ; ;  i++ )); do
    [ "$i" = 3 ] && break
    echo "i=$i"
done
for ((;;)) { echo once; break; }
