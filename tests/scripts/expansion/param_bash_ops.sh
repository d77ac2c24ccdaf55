# not-dash: bash parameter operators (substring, replacement, case, indirection); dash has none.
export LC_ALL=C.UTF-8
x=abcdef; u=héllo
echo ${x:2} ${x:1:3} ${x: -2} ${x:(-3):2} ${x:2:-1} "[${x:10}]" ${x:0:0}x
echo ${u:1:3}
set -- a b c d
echo ${@:2} "${@:2:2}" ${*:3}; printf '[%s]' "${@:5}"; echo
echo ${x/cd/XY} ${x//[ace]/_} ${x/#ab/S} ${x/%ef/E} ${x/#/P} ${x/%/Q} ${x/zz/no} ${x//} ${x/c}
p='c*'; echo ${x/$p/-} "${x/"c*"/-}"
y="a b a"; echo "${y// /_}" "${y//a/}"
echo ${x^} ${x^^} ${u^^} ${x^^,} 2>/dev/null
Z=ABC; echo ${Z,} ${Z,,}
n=x; echo ${!n} ${!n:1:2}; m=1; echo ${!m}
set -- one two; echo "${@/o/0}" "${@^}"
echo "${x:1:2}" "${x/b/ /}"
unset v; echo "[${v:0:1}][${v/a/b}][${v^^}]"
(set -u; echo ${v:1}) 2>/dev/null || echo "unset under set -u: error"
(echo ${x:1:-9}) 2>&1 | sed 's/^.*: //'
w='a*b*c'; echo "${w//\*/-}" ${w//'*'/+}
