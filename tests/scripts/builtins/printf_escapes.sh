# printf: backslash escapes in the format and in %b operands; \c in %b ends all output.
printf 'a\\b\n'
printf 'tab\there\n'
printf '\a\b\f\r\v\e\n' | od -An -c
printf '\101\102\103\n'
printf '\1012\n'
printf '\0101\n' | od -An -c
printf '\08\n' | od -An -c
printf 'a\777b\n' | od -An -c
printf 'abc\0def\n' | od -An -c
# Unknown escapes and a trailing backslash stay as written.
printf '\q\n'
printf 'end\'; echo
# \c is not special in the format itself.
printf 'A\cB\n'
# %b: the same escapes in the operand, octal as \0NNN or \NNN.
printf '%b|\n' 'a\tb' 'x\ny' '\\' '\q'
printf '%b|' '\0101' '\01010' '\101' '\0' '\1' '\07' '\8' | od -An -c
printf '%b\n' 'a\0b' | od -An -c
# \c in %b stops everything: the rest of the operand, the format and later operands.
printf '%s-%b-%s\n' 1 'x\cy' 3 4; echo "[st=$?]"
printf '%b\n' 'a\c'; echo "[st=$?]"
printf '%b' 'one\n' 'two\c' 'three\n'; echo "[st=$?]"
# Width and precision apply to the expanded %b text.
printf '[%5b][%-5b][%.2b]\n' 'a\tb' x abc
printf '[%.3b]\n' 'ab\cde'; echo
# %s does not interpret escapes.
printf '%s\n' '\101\n'
