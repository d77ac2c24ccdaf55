# not-dash: arrays, local -a and += in declarations are bash
# Quotes in a subscript are removed, inside "..." too.
declare -A h
h['a b']=1
h["c"]=2
h['x+1']=3
echo "${h['a b']} ${h["c"]} ${h[c]} ${h['x+1']}"
a=(p q r)
i=1
echo "${a[i+1]} ${a["$i"]}"
# local -a and local -A make a new, empty array (bash); plain local keeps the outer value
# (dash; bash empties it).
declare -a m=(outer)
s=outer
f() {
    local -a m
    local s
    echo "m=[${m[*]}] s=[$s]"
    m+=(inner)
    echo "m=[${m[*]}]"
}
f
echo "m=[${m[*]}]"
# += in export, readonly and local appends.
x=1
export x+=2
readonly y+=3
g() { local z=4; local z+=5; echo "z=$z"; }
g
echo "x=$x y=$y"
env | grep '^x='
