# Lists and and-or lists: ;, &&, ||, !, and the status each leaves.
true && echo "and ran"
false && echo "and skipped"
false || echo "or ran"
true || echo "or skipped"
false && echo no || echo "fallback"
true && false || echo "after failing and"
! true; echo "not true: $?"
! false; echo "not false: $?"
! false && echo "bang in and-or"
false; echo "false: $?"
true; echo "true: $?"
echo a; echo b
echo multi \
  line \
  continuation
echo "status of and-or is the last run: $(false && true; echo $?)"
