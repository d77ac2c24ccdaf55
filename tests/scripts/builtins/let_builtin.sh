# not-dash: let and builtin are bash's (and ksh's); dash has neither.
let x=1 'y = x + 2' z=y*3
echo "$x $y $z status $?"
let 0; echo "zero: $?"
let 'a = 5' 'a - 5'; echo "last is zero: $? a=$a"
let '1 +'; echo "bad: $?"
let 'n++' 'n++'; echo "n=$n"
echo() { printf 'wrapped: '; builtin echo "$@"; }
echo hello
builtin printf '%s\n' "printf as builtin"
builtin nosuch; echo "not a builtin: $?"
unset -f echo
cd() { builtin cd "$@" && echo "now in $PWD"; }
cd /
