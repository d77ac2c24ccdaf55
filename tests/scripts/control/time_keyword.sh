# not-dash: dash has no time keyword (it runs the time utility)
# time [-p] pipeline (bash, ksh): the times of the whole pipeline go to the shell's standard
# error after it ends; its status is the pipeline's. Digits are masked: only the shape and
# TIMEFORMAT's directives are checked here.
mask() { sed 's/[0-9][0-9]*/N/g'; }
{ time sleep 0; } 2>&1 | mask
{ time -p echo out | cat; } 2>&1 | mask
{ time false; } 2>/dev/null; echo "status $?"
{ time ! false; } 2>/dev/null; echo "status $?"
# The command's own redirections do not take the report away.
{ time echo quiet 2>/dev/null >/dev/null; } 2>&1 | mask
TIMEFORMAT='[%%] %0lR real, %1U user, %2S sys, %P%% cpu'
{ time true; } 2>&1 | mask
TIMEFORMAT=
{ time true; } 2>&1 | wc -c
unset TIMEFORMAT
# A lone time times nothing; `time` elsewhere is an ordinary word.
{ time; } 2>&1 | mask
echo time is a word
command -v time >/dev/null || echo "no time utility"
# In a command substitution the report still goes to standard error, not into the value.
{ x=$(time echo captured); } 2>&1 | mask
x=$(time echo captured 2>/dev/null) 2>/dev/null; echo "x=$x"
