# not-dash: arrays, declare and local -a are bash and ksh; output checked against bash 5.2.
declare -a d; declare -p d; d=(); declare -p d
declare -a d2=(1 'two 2' $'t\tab'); declare -p d2
declare -ar r=(x y); declare -p r
(r[0]=z) 2>/dev/null || echo "readonly element: $?"
readonly q=(1 2) plain; declare -p q plain
f() {
    local a=(l1 l2) s=local
    local -a b; b[2]=bee
    declare c=(dc)
    echo "in f: ${a[1]} ${b[@]} ${!b[@]} ${c[0]} $s"
}
a=(g1 g2); f; echo "after f: ${a[@]} ${b-nob} ${c-noc}"
read -a words <<< "  alpha  beta   gamma "; declare -p words
IFS=: read -a parts <<< "x::y:"; declare -p parts
printf -v 'words[1]' '%s!' B; echo "${words[@]}"
test -v 'words[2]' && echo "test -v element"; test -v 'words[7]' || echo "no element 7"
[[ -v words ]] && echo "[[ -v words ]]"
unset 'words[0]'; echo "${!words[@]}"
unset 'words[@]'; echo "${#words[@]} ${words-unset}"
v=(a "b c" "it's"); echo "${v[@]@Q} ${v@a} ${r@a}"
set | grep '^v='
declare -A m=([k]=v); declare -p m
declare -a m 2>&1; echo "status $?"
