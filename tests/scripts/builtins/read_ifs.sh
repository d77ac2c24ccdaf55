# read: IFS field splitting into names; the last name takes the rest of the line without its
# trailing IFS white space (XCU read, 2.6.5).
printf '  a  b  c  \n' | { read x y; echo "[$x][$y]"; }
printf '  a  b  c  \n' | { read x; echo "[$x]"; }
printf '  a  b  c  \n' | { read x y z w; echo "[$x][$y][$z][$w]"; }
printf 'a b c d\n' | { read x y; echo "[$x][$y]"; }
printf 'a b  c  d  \n' | { read x y; echo "[$x][$y]"; }
printf '\tx\ty\t\n' | { read x y; echo "[$x][$y]"; }
printf 'one\n' | { read x y z; echo "[$x][$y][$z]"; }
printf '\n' | { read x y; echo "st=$? [$x][$y]"; }
# Non-white-space IFS characters delimit empty fields.
printf 'a:b::c:\n' | { IFS=: read x y z; echo "[$x][$y][$z]"; }
printf 'a:b::c::\n' | { IFS=: read x y z; echo "[$x][$y][$z]"; }
printf 'a:b:c:\n' | { IFS=: read x y z; echo "[$x][$y][$z]"; }
printf 'a:b:c::\n' | { IFS=: read x y z; echo "[$x][$y][$z]"; }
printf '::c\n' | { IFS=: read x y z; echo "[$x][$y][$z]"; }
printf 'a:b\n' | { IFS=: read x y z; echo "[$x][$y][$z]"; }
# Mixed white space and other IFS characters.
printf 'a:b:c: :\n' | { IFS=': ' read x y z; echo "[$x][$y][$z]"; }
printf 'a:b:c : \n' | { IFS=': ' read x y z; echo "[$x][$y][$z]"; }
printf ' : a\n' | { IFS=': ' read x y; echo "[$x][$y]"; }
printf 'a : b\n' | { IFS=': ' read x y; echo "[$x][$y]"; }
printf 'a  ::b\n' | { IFS=': ' read x y z; echo "[$x][$y][$z]"; }
# Empty IFS: no splitting at all; white space is kept.
printf '  x y  \n' | { IFS= read x; echo "[$x]"; }
printf '  x y  \n' | { IFS= read x y; echo "[$x][$y]"; }
# IFS of only a space: tabs are ordinary characters.
printf '\tx\ty\t\n' | { IFS=' ' read x y; echo "[$x][$y]"; }
# Unset IFS behaves as the default.
printf ' p q r \n' | { unset IFS; read x y; echo "[$x][$y]"; }
# Other IFS characters.
printf 'k=v=w\n' | { IFS== read x y; echo "[$x][$y]"; }
printf '1,2,3\n' | { IFS=, read a b c; echo "$((a + b + c))"; }
# IFS set for read only.
before=$IFS
printf 'a:b\n' | { IFS=: read x y; [ "$IFS" = "$before" ] && echo "IFS restored [$x][$y]"; }
# Variables end up set in the current shell (no subshell for the builtin).
printf 'first second\n' > in.txt
read p q < in.txt
echo "[$p][$q]"
