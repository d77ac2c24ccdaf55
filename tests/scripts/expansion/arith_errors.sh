# not-dash: dash ends the shell with status 2; ipsh uses 1, as bash and ksh do.
# Arithmetic errors are expansion errors: message, status 1, a non-interactive shell stops.
(echo $((1 / 0)); echo "not reached") 2>/dev/null; echo "division by zero: $?"
(echo $((5 % 0))) 2>/dev/null; echo "modulo by zero: $?"
(echo $((1 +))) 2>/dev/null; echo "missing operand: $?"
(echo $((08))) 2>/dev/null; echo "bad octal: $?"
(echo $((1 2))) 2>/dev/null; echo "two numbers: $?"
echo $((0 && 1 / 0)) $((1 || 1 / 0)) $((0 ? 1 / 0 : 7))
echo "still running"
echo $((3 / 0))
echo "never printed"
