# Redirection operators: < > >> >| <> n>&m n<&m n>&- and their order.
echo one > f; echo two >> f; cat f
cat < f | wc -l | tr -d ' '
echo replaced > f; cat f
echo err 2> e >&2; cat e
echo both > both 2>&1; cat both
{ echo out; echo err >&2; } > o 2> e2; echo "o: $(cat o) e: $(cat e2)"
{ echo out; echo err >&2; } 2>&1 > o2 | tr a-z A-Z; echo "o2: $(cat o2)"
exec 3> fd3; echo "via fd 3" >&3; exec 3>&-; cat fd3
exec 4< f; read_line() { cat <&4; }; read_line; exec 4<&-
echo rw > rwf; exec 5<> rwf; cat <&5; exec 5>&-
echo closing >&-; echo "write to closed fd: $?"
cat <&- 2>/dev/null; echo "read closed stdin: $?"
set -C; echo new > nc; echo again > nc 2>/dev/null || echo "noclobber refused"; echo forced >| nc; cat nc; set +C
echo "to null" > /dev/null; set -C; echo ok > /dev/null && echo "noclobber allows /dev/null"; set +C
> empty; wc -c < empty | tr -d ' '
echo a 1>&2 2>/dev/null
x=$(echo captured 2>&1); echo "$x"
ls /nonexistent_dir 2>/dev/null || echo "stderr silenced"
echo "redirect before command" > pre; <pre cat
2>&1 echo "leading redirection"
