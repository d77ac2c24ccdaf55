# test / [: string primaries and the POSIX rules decided by the number of arguments.
t() { "$@"; echo "$* -> $?"; }
# 0 and 1 argument: false, then "is the string non-empty".
t test
t test ""
t test x
t test -n
t test -z
t test !
t test -a
t test "("
t [ ]
t [ "" ]
t [ "]" ]
# 2 arguments: ! negates a 1-argument test; otherwise a unary primary.
t test ! ""
t test ! x
t test -n ""
t test -n x
t test -z ""
t test -z x
t test ! -n
# 3 arguments: a binary primary wins, then !, then parentheses.
t test a = a
t test a = b
t test a != b
t test a != a
t test "" = ""
t test = = =
t test ! = =
t test "(" x ")"
t test "(" "" ")"
t test ! -z x
t test ! -n ""
t test -n = -n
t test a "<" b
t test b "<" a
t test b ">" a
t test x -a ""
t test x -o ""
t test "" -o ""
t test -a -a -a
# 4 arguments.
t test ! a = b
t test ! a = a
t test "(" -n x ")"
t test "(" -z x ")"
t test ! "(" "" ")"
t [ a = a ]
t [ -n "" ]
t [ ! -z x ]
# Special-looking operands are just strings where the grammar says so.
t test -n -n
t test -z -z
t test "(" = "("
t test ")" != "("
