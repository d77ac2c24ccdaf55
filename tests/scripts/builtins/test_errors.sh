# not-dash: dash gets `! ! ! a` wrong (POSIX: 4 args, ! negates the 3-argument test) and uses status 1/0 where bash reports errors
# test / [: syntax errors give status 2 and a message (bash's wording); [ needs its ].
t() { "$@"; echo "$* -> $?"; }
t [ a
t [ a = a
t [ a ] ]
t test a b
t test a b c
t test a b c d
t test a b c d e
t test 1 -eq a
t test a -lt 1
t test "" -eq 0
t test 1 -eq " "
t test 0x10 -eq 16
t test "- 3" -eq -3
t test 99999999999999999999 -gt 1
t test -q a
t test a -q b
t test ! a =
t test "(" a = b
t test "(" ")"
t test 1 -eq 1 -a
t test x -o
# -t with a non-number: an error as in dash (bash just returns 1)
t test -t abc
# POSIX: with 4 arguments a leading ! negates the 3-argument test.
t test ! ! ! a
t test ! ! a
# -nt/-ot with a missing file (POSIX.1-2024, bash): the missing file is the older.
: > exists
t test exists -nt missing
t test missing -nt exists
t test missing -ot exists
t test exists -ot missing
