# set -x traces every stage of a pipeline, with its assignments; an empty value shows as
# `x=` and `=` alone does not make a word quoted (as bash).
set -x
/bin/echo one two | tr a-z A-Z
a=1 b= /bin/echo x | b=2 cat
x=
echo a=b
# A lone quote shows as \' and control characters as $'...' escapes, one line per command.
: "'" "it's" "$(printf 'a\tb')" "$(printf 'x\ny')"
