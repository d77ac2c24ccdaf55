# break and continue, with levels, in nested loops, and outside loops.
for i in 1 2 3; do
  for j in a b c; do
    [ $j = b ] && continue
    [ $i = 2 ] && continue 2
    [ $i = 3 ] && break 2
    echo "$i$j"
  done
done
echo "after nested"
for i in 1 2 3; do while :; do break 2; done; echo never; done; echo "break 2 from while"
n=0; while [ $n -lt 5 ]; do n=$((n+1)); [ $((n % 2)) = 0 ] && continue; echo "odd $n"; done
for i in 1 2; do for j in 1 2; do break 5; done; done; echo "break beyond depth: $i"
until false; do break; done; echo "until break"
f() { for x in 1 2 3; do [ $x = 2 ] && break; echo "in function $x"; done; }; f
i=0; while :; do i=$((i+1)); case $i in 3) break;; esac; done; echo "break from case: $i"
for i in a b; do (echo "subshell $i"; continue); done
