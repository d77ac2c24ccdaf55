# not-dash: dash prints -e, -E and -en as words and knows neither \x, \u nor \e; ipsh takes
# bash's options (keeping XSI's escapes on by default) and bash's extra escapes.
echo 'tab\there' "back\\\\slash" 'oct\0101\0044'
echo -e 'a\tb' '\x41\x4a\x6' '\u00e9\U0001F600' | od -An -c | tr -s ' '
echo -E 'a\tb\n' 'no\cstop'
echo -en 'no newline\n'; echo -n -E 'x\n'; echo
echo -nE 'raw\t'; echo
echo -ez 'not an option\t|'
echo -- -n
echo - dash
echo -e '\e[1m' | od -An -c | tr -s ' '
echo 'one\ctwo' three; echo
echo '\x' '\xg' '\u' '\q' '\1'
echo 'trailing\'
echo 'without -e: \x65 \u0065 \E stay, \e is escape' | od -An -c | tr -s ' '
