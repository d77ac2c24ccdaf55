# test / [: !, -a, -o and parentheses with more than four arguments (precedence: ! > -a > -o).
t() { "$@"; echo "$* -> $?"; }
t test x = x -a y = y
t test x = x -a y = z
t test x = z -o y = y
t test x = z -o y = z
t test -n a -a -n b -a -n c
t test -n a -a -n b -a -z c
t test "" -o "" -o x
t test ! -z a -a b
t test -z a -o -n b -a -z ""
t test -z a -o -n b -a -z x
t test x -o "" -a ""
t test "" -a "" -o x
t test x = x -a ! y = z
t test ! x = x -o y = y
t test "(" a = b ")" -o "(" c = c ")"
t test "(" a = a ")" -a "(" c = d ")"
t test "(" "(" a ")" ")"
t test "(" x = x -o y = z ")" -a z = z
t test ! "(" x = x -a y = z ")"
t test "(" "" ")" -o a
t test 5 -lt 10 -a 3 -gt 2
t [ "(" a = a ")" ]
t [ "(" a = b ")" -o x ]
t [ ! "(" a != a ")" -a "(" -n x ")" ]
t [ x = x -a "(" y = y -o z = w ")" ]
