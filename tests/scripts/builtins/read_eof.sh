# read: status 1 at end of file, with the variables still set to what was read; NUL bytes are
# dropped; the line is only what comes before the newline.
printf 'abc' | { read x; echo "st=$? [$x]"; }
printf '' | { x=old; read x; echo "st=$? [$x]"; }
printf 'a b' | { read x y; echo "st=$? [$x][$y]"; }
printf 'line1\nline2\n' | { read x; read y; read z; echo "st=$? [$x][$y][$z]"; }
printf 'a\0b\n' | { read x; echo "[$x]"; }
printf '\0\0x\0\n' | { read x; echo "[$x]"; }
read x < /dev/null; echo "st=$? [$x]"
# A loop over lines, including a last line without a newline.
printf 'l1\nl2\nlast' | while read line; do echo "got [$line]"; done
printf 'l1\nl2\nlast' | { while read line; do echo "got [$line]"; done; echo "leftover [$line]"; }
printf 'x y\n' | { read -r a b; echo "[$a][$b]"; }
