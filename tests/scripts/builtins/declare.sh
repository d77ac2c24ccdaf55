# not-dash: declare and typeset are bash and ksh; output checked against bash 5.2.
declare a=1 b; echo "[$a][${b-unset}]"
declare -x EXP=yes; printenv EXP
f() { declare x=local; typeset y=ly; declare -g G=glob; echo "$x $y"; }
x=global; f; echo "$x ${y-none} $G"
declare -r R=ro; echo "R=$R"
(R=3) 2>/dev/null || echo "readonly status $?"
declare -p a EXP R
declare -p nope; echo "status $?"
declare +x EXP; printenv EXP || echo "unexported"
touch 'foo=a'; typeset foo=*; echo "$foo"
declare -i n 2>&1; echo "status $?"
g() { :; }; declare -F g; declare -f g
