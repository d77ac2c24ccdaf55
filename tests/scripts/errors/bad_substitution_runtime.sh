# A malformed ${...} is an error when it is expanded, not when the script is read (dash,
# bash): code kept for other shells in a branch that does not run is harmless.
if false; then
    echo ${x/a/b} "${y//"}"/c}" ${#z:2} ${%}
fi
echo "before"
x=abc
echo ${x@Z}
echo "not reached"
