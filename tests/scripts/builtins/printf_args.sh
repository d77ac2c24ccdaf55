# printf: the format is reused while operands remain; missing operands are "" or 0; numeric
# operands may be C constants or 'c for a character's code.
printf '%s %s\n' a b c d e
printf '%s %s\n' a b c
printf '<%s>' x y z; echo
printf 'x\n' a b
printf '%d|%s|%c|%b|\n'
printf '%s\n'
printf 'no conversion\n'
printf '%d %d\n' 1; echo "st=$?"
printf '[%s][%d][%5s][%f]\n' only
printf '%d %d %d %d\n' "'A" '"B' "'" "'ab"
printf '%c%c%c\n' "'A" x y
printf '%x %o\n' "'a" "'z"
printf '%f %.1f\n' "'A" 1
printf '%i %d %d %d\n' 0x1f 010 -0x10 +010
printf '%d|%d\n' " 12" "  -5"
printf '%s\n' -- -x
printf -- '%s\n' dashdash
printf '%c' "" | od -An -c
printf ''; echo "empty st=$?"
printf '%s %s %s\n' 1 2
x=$(printf '%s,' a b c); echo "$x"
printf '%5s|%-5s|\n' 1 2 3 4 5
