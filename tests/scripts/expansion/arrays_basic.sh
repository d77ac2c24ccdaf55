# not-dash: arrays are bash and ksh; expected output checked against bash 5.2.
a=(one "two words" three)
echo "${a[0]}|${a[1]}|${a[2]}|${a[-1]}|${a[-3]}"
echo "count ${#a[@]} ${#a[*]} len1 ${#a[1]} plain $a"
printf '<%s>' "${a[@]}"; echo
printf '<%s>' "${a[*]}"; echo
printf '<%s>' ${a[@]}; echo
IFS=:; printf '<%s>' "${a[*]}"; echo; IFS=' '
# sparse arrays keep their indexes
s=([3]=c [1]=a b)
echo "keys ${!s[@]} values ${s[@]}"
s[10]=j; s[-1]=J
declare -p s
unset 's[1]'
echo "after unset: ${!s[@]}"
# += appends after the last index; on a string it appends to element 0
s+=(k l); echo "${!s[@]}"
x=str; x+=ing; x+=(more); declare -p x
y=(1 2); y[0]+=0; echo "${y[@]}"
# a string variable is element 0
z=zero; echo "${z[0]} ${#z[@]} ${z[1]-unset}"; z[1]=one; echo "${z[@]}"
# empty arrays give no fields
e=(); printf '<%s>' "${e[@]}"; echo "n=${#e[@]}"; set -- "${e[@]}"; echo "\$#=$#"
# elements are expanded: splitting and globbing for plain ones
v="p q"; mkdir -p g && touch g/f1 g/f2
w=($v "$v" g/f* '[x]' {1..3}); printf '<%s>' "${w[@]}"; echo
# slices and per-element operations
n=(a1 b2 c3 d4 e5)
echo "${n[@]:1:2} | ${n[@]:3} | ${n[@]: -2:1} | ${n[1]:1}"
echo "${n[@]#?} | ${n[@]%[0-9]} | ${n[@]/[bd]/X} | ${n[@]^} | ${n[*]^^}"
echo "${n[@]:-empty} ${e[@]:-empty} ${e[@]-unset} ${u[@]-unset}"
for i in "${!n[@]}"; do printf '%s=%s ' "$i" "${n[i]}"; done; echo
# subscripts are arithmetic
i=1; echo "${n[i+1]} ${n[$i]} ${n[ i * 2 ]}"
n[i*4]=E; echo "${n[4]}"
# indirection to an element and to the whole array
r='n[2]'; echo "${!r}"; r='n[@]'; echo "${!r}"
