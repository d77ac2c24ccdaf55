# not-dash: mapfile and readarray are bash
# mapfile / readarray [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [array]:
# the lines of the input into an indexed array (MAPFILE by default).
printf 'a\nb c\n\nd' > lines.txt
mapfile < lines.txt
printf '[%s]' "${MAPFILE[@]}"; echo " ${#MAPFILE[@]}"
mapfile -t arr < lines.txt
printf '[%s]' "${arr[@]}"; echo " ${#arr[@]}"
readarray -t -n 2 -s 1 two < lines.txt
printf '[%s]' "${two[@]}"; echo " ${#two[@]}"
arr=(x y z w v)
mapfile -t -O 1 arr < <(printf '1\n2\n')
printf '[%s]' "${arr[@]}"; echo
printf 'p:q:r' | { mapfile -t -d : parts; printf '[%s]' "${parts[@]}"; echo; }
exec 3< lines.txt
mapfile -t -n 1 -u 3 first
mapfile -t -u 3 rest
exec 3<&-
echo "first=${first[*]} rest=${#rest[@]}"
# -n stops reading where it stops storing: the rest is left for the next reader.
printf '1\n2\n3\n' | { mapfile -t -n 1 one; read -r next; echo "one=${one[0]} next=$next"; }
mapfile -t empty < /dev/null; echo "empty=${#empty[@]}"
mapfile -n x a < /dev/null; echo "status $?"
declare -A h; mapfile h < /dev/null; echo "status $?"
