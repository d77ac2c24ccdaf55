# read: without -r a backslash escapes the next character (which is then not a separator) and
# backslash-newline continues the line; with -r backslashes are ordinary.
printf 'a\\ b c\n' | { read x y; echo "[$x][$y]"; }
printf 'a\\ b c\n' | { read -r x y; echo "[$x][$y]"; }
printf 'a\\\nb c\n' | { read x y; echo "[$x][$y]"; }
printf 'a\\\nb c\n' | { read -r x y; echo "[$x][$y]"; }
printf 'a\\:b:c\n' | { IFS=: read x y; echo "[$x][$y]"; }
printf 'a\\\\b\n' | { read x; printf '[%s]\n' "$x"; }
printf 'a\\\\b\n' | { read -r x; printf '[%s]\n' "$x"; }
printf '\\t\\n\n' | { read x; printf '[%s]\n' "$x"; }
printf 'a\\ \n' | { read x y; echo "[$x][$y]"; }
printf 'a \\ \n' | { read x y; echo "[$x][$y]"; }
printf '\\ lead\n' | { read x; printf '[%s]\n' "$x"; }
printf 'one\\\ntwo\\\nthree\n' | { read x; printf '[%s]\n' "$x"; }
# A backslash at end of input is dropped.
printf 'a\\\n' | { read x; echo "st=$? [$x]"; }
printf 'a\\' | { read x; echo "st=$? [$x]"; }
# Escaped trailing IFS white space is kept.
printf 'x y\\ \n' | { read a b; echo "[$a][$b]"; }
