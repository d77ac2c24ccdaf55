# not-dash: associative arrays are bash and ksh; output checked against bash 5.2, whose key
# order (hash buckets) ipsh follows.
declare -A m
m[one]=1; m["two words"]=2; k=three; m[$k]=3
echo "${m[one]} ${m[two words]} ${m[$k]} ${m[nope]-unset} n=${#m[@]}"
printf '<%s>' "${!m[@]}"; echo
printf '<%s>' "${m[@]}"; echo
declare -p m
m[one]+=1; unset 'm[three]'; echo "${m[one]} ${#m[@]}"
declare -A c=([a]=x [b]=y [c]=z)
echo "${!c[@]} | ${c[@]}"
c+=([d]=w); echo "${!c[*]}"
declare -A kv=(k1 v1 k2 v2); echo "${kv[k1]} ${kv[k2]}"
# subscripts are strings, not arithmetic
declare -A s; s[1+1]=a; echo "${!s[@]}"
# $m is ${m[0]}
declare -A z=([0]=zero); echo "$z"
[[ -v m[one] ]] && echo "has one"; [[ -v m[three] ]] || echo "no three"
