# not-dash: brace expansion is bash's (dash has none); expectations checked against bash 5.2.
echo {foo,bar} {a,b}_{c,d} {0,1}{0,1}
echo {a,b}_{ }_{a,b} {x}_{a,b} {a,b}} {foo} {} {a,b}{}
echo {'a',b}_{c,"d"} -{\X"b",'cd'}- \{{a,b} "{a,b}" '{a,b}' \{a,b\}
a=A; echo -{$a,b}- {${a},b}_{c,d} -{$(echo a),b}- -{$((1 + 2)),b}- -{\$,\[,\]}-
echo a{X,,Y}b; printf '[%s]' {X,,Y,}; echo; printf '[%s]' {X,,Y,}''; echo
echo -{A,={a,.{x,y}.,b}=,B}- -{a,_{1..3}_,b}- -{a,b,1..3}-
echo {1..5} {5..1} {1..10..3} {8..1..-3} {1..4..-1} {-2..2} {a..e} {e..a..2} {A..C}
echo {01..03} {09..12} {-01..2} {1..1} {a..a} {1..a} {1.3} {1...3} {z..3}
HOME=/home/bob; echo {foo~,~}/bar ~{/src,root}
i=0; echo {a,b,c}-$((i++))
v={X,Y}; echo "$v"
for w in x{1,2}y; do printf '%s ' "$w"; done; echo
case a{b,c} in 'a{b,c}') echo "case word: not expanded";; esac
set +B; echo {a,b} {1..3}; set -B; echo {a,b}
cd "${TMPDIR:-/tmp}" && d=$(mktemp -d) && cd "$d" && touch f1 f2 g1 && echo {f,g}* && cd / && rm -r "$d"
