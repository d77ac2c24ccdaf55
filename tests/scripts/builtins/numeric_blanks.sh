# Numeric operands may have blanks around the digits, as in dash and bash (strtol): exit,
# return and shift take ' 3', '3 ' and a tab.
"$IPSH" -c "exit ' 3'"; echo "exit ' 3': $?"
"$IPSH" -c "exit '4 '"; echo "exit '4 ': $?"
f() { return '	5'; }; f; echo "return tab 5: $?"
set -- a b c; shift ' 2'; echo "shift ' 2': $# left"
[ ' 7 ' -eq 7 ] && echo "test ' 7 ' -eq 7"
"$IPSH" -c "exit ' '" 2>/dev/null; echo "exit ' ': $?"
