# set -e: a brace group, if, loop or case that ends with a failed && list does not exit the
# shell (the failure was in a tested position); a subshell or function call does.
set -e
{ test no = yes && echo hi; }
echo "brace: $?"
if true; then test no = yes && echo hi; fi
echo "if: $?"
for i in 1; do test no = yes && echo hi; done
echo "for: $?"
while true; do test no = yes && echo hi; break; done
echo "while: $?"
case x in x) test no = yes && echo hi ;; esac
echo "case: $?"
f() { test no = yes && echo hi; }
f || echo "function tested: $?"
(test no = yes && echo hi) || echo "subshell tested: $?"
(test no = yes && echo hi)
echo not reached
