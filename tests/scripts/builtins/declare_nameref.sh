# not-dash: namerefs (declare -n, local -n, unset -n) are bash and ksh; checked against bash 5.2.
x=XX
declare -n ref=x
echo "ref=$ref"
ref=new; echo "x=$x"
declare -p ref
typeset -n tref=x; echo "tref=$tref"
# listing and flags
declare -nr ro=x; declare -p ro
declare -n; echo ---
ro=via; echo "x=$x"
declare -n ro=y; echo "status $?"
# -n on a variable that holds a name; +n takes the attribute away
y=YY; p=y; declare -n p; echo "p=$p"; declare +n p; echo "p=$p"
# invalid and self references
declare -n bad=1x; echo "status $?"
declare -n self=self; echo "status $?"
n=1; declare -n n; echo "status $? n=$n"
a=(1 2); declare -n a; echo "status $?"
# export goes to the target, -nx exports the reference itself
declare -n ex=x; export ex; printenv x
declare -nx exr=x; printenv exr
# unset reaches the target, unset -n the reference
v=1; declare -n uv=v; unset uv; echo "v=${v-unset}"; declare -p uv
unset -n uv; declare -p uv 2>/dev/null || echo "uv gone"
# the classic use: a function returns through the name it is given
set_result() { local -n out=$1; out=result; }
set_result var; echo "var=$var"
fill() { local -n arr=$1; arr=(a b c); arr[3]=d; }
fill list; declare -p list
# dynamic scope: the nameref reaches a caller's local
inner() { local -n r=$1; r=changed; }
outer() { local mine=orig; inner mine; echo "mine=$mine"; }
outer; echo "mine=${mine-unset}"
# local r hides a caller's nameref; declare in a function is local too
declare -n gr=x
f() { local gr=plain; echo "gr=$gr x=$x"; declare -p gr; }
f; declare -p gr
# an unset nameref takes the first value assigned as its target
declare -n later; echo "later=${later-unset}"; later=x; declare -p later
