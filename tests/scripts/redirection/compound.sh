# Redirections on compound commands and functions; here-documents into loops.
{ echo a; echo b; } > grp; cat grp
(echo sub) > sb; cat sb
for i in 1 2; do echo "line $i"; done > loop; cat loop
i=0; while [ $i -lt 2 ]; do i=$((i+1)); echo "w$i"; done >> loop; cat loop
if true; then echo "if output"; fi > ifo; cat ifo
case x in x) echo "case output";; esac > co; cat co
printf_free() { echo "from function"; }; printf_free > fo; cat fo
printf '3\n1\n2\n' > nums
while read n; do echo "read $n"; done < nums
sum=0; while read n; do sum=$((sum + n)); done < nums; echo "sum in current shell: $sum"
{ read first; read second; echo "$first-$second"; } < nums
while read l; do echo "heredoc $l"; done <<EOF
x
y
EOF
exec 3< nums; while read -r l <&3; do echo "fd3 $l"; done; exec 3<&-
f() { cat; }; f < nums | head -1
{ echo grouped; } 2>/dev/null >gr2; cat gr2
