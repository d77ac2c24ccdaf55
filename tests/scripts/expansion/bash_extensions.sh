# not-dash: bash extensions ipsh has too (dash has neither `**` nor `$_`).
# `**` binds tighter than `*`, looser than unary minus, and to the right; it wraps like `*`.
echo $((2**10)) $((-2**2)) $((2**3**2)) $((2*3**2)) $((0**0)) $((2**63)) $((3**40))
echo $(( (-1)**1000000000001 ))
x=3; echo $((x**2)) $((1 ? 2**2 : 1/0))
( echo $((2**-1)) ) 2>&1; echo "status $?"
# $_ is the last argument of the previous simple command run in this shell.
echo a b; echo "[$_]"
f() { :; }; f x y; echo "[$_]"
x=1; echo "[$_]"
true; (echo "[$_]")
echo in a pipe | cat; echo "[$_]"
for i in 1 2; do :; done; echo "[$_]"
