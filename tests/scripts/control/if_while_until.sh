# if/elif/else, while, until: conditions, statuses, nesting.
if true; then echo "if true"; fi
if false; then echo no; else echo "else branch"; fi
if false; then echo no; elif true; then echo "elif branch"; else echo no; fi
if false; then :; fi; echo "if with no branch taken: $?"
if (exit 3); then :; else echo "condition status $?"; fi
x=$(if true; then echo value; fi); echo "$x"
i=0
while [ $i -lt 3 ]; do echo "while $i"; i=$((i + 1)); done
until [ $i -eq 0 ]; do echo "until $i"; i=$((i - 1)); done
while false; do :; done; echo "while never ran: $?"
i=0; while i=$((i+1)); [ $i -le 2 ]; do echo "multi-command condition $i"; done
n=0; while :; do n=$((n+1)); if [ $n = 3 ]; then break; fi; done; echo "break at $n"
if if true; then false; fi; then echo no; else echo "nested if as condition"; fi
while true; do echo once; break; done > out.txt; cat out.txt
i=0; while [ $i -lt 2 ]
do
  i=$((i+1))
  echo "newline-separated $i"
done
