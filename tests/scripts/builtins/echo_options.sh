# not-dash: dash prints -e, -E and -en as words, knows neither \x, \u nor \e, and always
# interprets XSI's escapes; ipsh echoes as bash does (escapes only with -e, or by default
# under shopt -s xpg_echo). POSIX leaves echo's backslashes implementation-defined.
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
echo 'without -e: \x65 \u0065 \E \e all stay' | od -An -c | tr -s ' '
echo 'bash default: a\tb \n stays'
shopt -s xpg_echo
echo 'xpg_echo: tab\there' 'oct\0101' 'one\ctwo'; echo
echo -E 'xpg_echo -E: a\tb'
shopt -u xpg_echo
echo 'off again: a\tb'
