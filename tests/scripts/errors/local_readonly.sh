# not-dash: dash ends with status 2 and words the message differently.
# local y=v when y is read-only is an assignment error: a script ends with status 1 (dash
# and POSIX's rule for assignments; bash reports it and goes on). local y alone is fine.
readonly y=global
f() { local y; echo "local y alone: $y"; }
f
g() { local x=1 y=$((x + 1)); echo "not reached: $y"; }
g
echo "not reached either"
