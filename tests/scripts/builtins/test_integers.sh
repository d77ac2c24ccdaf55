# test: integer comparisons. Operands may have blanks around them and a sign; 64-bit range.
t() { "$@"; echo "$* -> $?"; }
t test 1 -eq 1
t test 1 -eq 2
t test 1 -ne 2
t test 1 -ne 1
t test 2 -gt 1
t test 1 -gt 1
t test 1 -ge 1
t test 0 -ge 1
t test 1 -lt 2
t test 2 -lt 2
t test 2 -le 2
t test 3 -le 2
t test -5 -lt 3
t test -5 -gt -6
t test +3 -eq 3
t test 010 -eq 10
t test 010 -eq 8
t test " 12 " -eq 12
t test "	7" -eq "7	"
t test 9223372036854775807 -gt -9223372036854775808
t test -9223372036854775808 -lt 0
t test 00 -eq -0
t [ 10 -gt 9 ]
t [ 10 ">" 9 ]
t test 1 -eq 1 -a 2 -ne 3
