# printf: a bad numeric operand is reported, the value converted so far is printed and the
# status is 1; output goes on (XCU printf: "shall continue processing any remaining operands").
printf '%d\n' abc; echo "st=$?"
printf '%d\n' 12abc 3; echo "st=$?"
printf '%d %d\n' "12 " 5; echo "st=$?"
printf '%d\n' "- 3" + -; echo "st=$?"
printf '%d\n' 0x 08; echo "st=$?"
printf '%f\n' 1.5x; echo "st=$?"
printf '%e\n' abc; echo "st=$?"
printf '%x\n' zz; echo "st=$?"
printf '%*d|\n' abc 5; echo "st=$?"
printf '%d\n' ""; echo "st=$?"
printf '%s %d %s\n' a b c; echo "st=$?"
# Out of range: clamped, reported, status 1 (dash; bash only warns).
printf '%d\n' 99999999999999999999; echo "st=$?"
printf '%d\n' -99999999999999999999; echo "st=$?"
printf '%u\n' 18446744073709551616; echo "st=$?"
# No format at all is a usage error.
printf; echo "st=$?"
printf -x foo; echo "st=$?"
