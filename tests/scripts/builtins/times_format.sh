# not-dash: dash prints microseconds (0m0.000000s); this is bash's millisecond form
# times: two lines, the shell's user and system time then its children's, each as
# <minutes>m<seconds>.<milliseconds>s (dash and bash print this form).
times > out
wc -l < out
pat='^[0-9][0-9]*m[0-9][0-9]*\.[0-9][0-9][0-9]s [0-9][0-9]*m[0-9][0-9]*\.[0-9][0-9][0-9]s$'
grep -c "$pat" out
# Children's time grows once a child has burnt some CPU (run times in the shell itself, not
# in a pipeline, whose subshell has no children of its own).
sh -c 'i=0; while [ $i -lt 200000 ]; do i=$((i + 1)); done'
times > all
sed -n 2p all > kids
grep -c "$pat" kids
[ "$(cat kids)" != "0m0.000s 0m0.000s" ] && echo "children counted"
# Operands are ignored; the output can be captured and redirected like any builtin's.
times x y | wc -l
t=$(times); echo "${#t}" | grep -q '^[0-9]' && echo captured
