# not-dash: dash exits with the first operand and ignores the rest
# exit with two operands is a usage error of a special builtin: status 2, and the script ends.
exit 7 8 9
echo not reached
