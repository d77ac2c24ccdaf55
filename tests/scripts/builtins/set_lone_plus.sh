# A lone + among set's arguments is ignored, as a lone - ends the options (dash, bash).
set -- a b
set +
echo "$# [$*]"
set + -f
echo "$# [$*] [$-]"
set + -- c d
echo "$# [$*]"
