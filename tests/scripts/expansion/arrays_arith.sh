# not-dash: arrays are bash and ksh; output checked against bash 5.2.
a=(5 6 7 8)
echo $(( a[0] + a[1] * 2 )) $(( a[-1] )) $(( a ))
(( a[0]++, ++a[1], a[2]--, --a[3] )); echo "${a[@]}"
(( u[0]++, u[2] = 4 )); echo "${!u[@]} ${u[@]}"
(( a[1] += 10, a[2] <<= 2 )); echo "${a[@]}"
# the subscript is evaluated once
i=0; (( a[i++] += 100 )); echo "i=$i ${a[0]}"
b=(4 5 6); echo "${b[b=2]} b=$b"
# an element may hold an expression
e=(1+2 'e[0]*3'); echo $(( e[1] ))
for ((k = 0; k < 3; k++)); do sq[k]=$((k * k)); done; echo "${sq[@]}"
declare -A m=([x]=3); (( m[x] *= 2, m[y] = 1 )); echo "${m[x]} ${m[y]}"
# BASH_REMATCH holds the groups
if [[ "key=value" =~ ^([a-z]+)=(.*)$ ]]; then echo "${BASH_REMATCH[0]} ${BASH_REMATCH[1]} ${BASH_REMATCH[2]} ${#BASH_REMATCH[@]}"; fi
[[ abc =~ (x)|(b) ]] && declare -p BASH_REMATCH
[[ abc =~ z ]] || echo "no match: ${#BASH_REMATCH[@]}"
