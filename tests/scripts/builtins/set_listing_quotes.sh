# not-dash: dash writes control characters raw inside '...', so a value with a newline takes
# two lines of `set` output; ipsh writes $'...' as bash does, one line per variable. A value
# that needs no quotes is written as it is, and an empty one as nothing (bash; dash quotes all).
_space='[ ]'
_whitespace=$(printf '[\t\r\n]x'); _whitespace=${_whitespace%x}
_sq="'single quotes'"
_backslash_dq="\\ \""
_ctl=$(printf 'a\001b\033c')
_plain=spam-1.2,x; _empty=
set | grep '^_' > vars.txt
cat vars.txt
unset _space _whitespace _sq _backslash_dq _ctl _plain _empty
. ./vars.txt
test "$_space" = '[ ]' && test "$_plain" = spam-1.2,x && test "${_empty-unset}" = "" && test "$_sq" = "'single quotes'" && test "$_backslash_dq" = "\\ \"" && echo "round trip"
printf '%s' "$_whitespace$_ctl" | od -An -c | tr -s ' '
