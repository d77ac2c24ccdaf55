# Inside eval and a dot script, $? starts as the status from before the command; an eval or
# dot script without commands returns 0.
(exit 5)
eval 'echo "eval sees $?"'
echo 'echo "dot sees $?"; (exit 3)' > script.sh
(exit 6)
. ./script.sh
echo "dot returns $?"
false
eval ''
echo "empty eval: $?"
false
. /dev/null
echo "empty dot: $?"
