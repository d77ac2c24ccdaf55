# Pipelines: data flows left to right, status is the last stage's, ! negates.
echo hello | tr a-z A-Z
printf_free() { echo "one two three"; }
printf_free | tr ' ' '\n' | sort -r | head -2
echo x | false; echo "last fails: $?"
false | true; echo "first fails: $?"
! echo x | false; echo "negated: $?"
echo "builtin in pipeline" | cat | cat
{ echo a; echo b; } | wc -l | tr -d ' '
( echo sub1; echo sub2 ) | tail -1
yes | head -3
x=outer; echo changed | { read_line() { x=inner; }; read_line; }; echo "x stays $x"
echo last | while read l; do echo "got $l"; done
