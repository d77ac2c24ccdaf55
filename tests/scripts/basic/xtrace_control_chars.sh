# not-dash: dash writes control characters raw
# xtrace writes control characters as $'...' escapes, so each traced command is one line.
s=$(printf 'a\003b\004c')
set -x
: "$s" plain
t=$(printf 'x\033[0m')
set +x
