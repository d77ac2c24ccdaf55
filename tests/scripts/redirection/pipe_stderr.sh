# not-dash: |& is bash (dash reads `|` then a background `&`)
# a |& b is a 2>&1 | b: standard error goes down the pipe too, after a's own redirections.
f() { echo out; echo err >&2; }
f |& cat
{ echo a; echo b >&2; } |& tr a-z A-Z
( echo sub >&2 ) |& sed 's/^/got: /'
echo x 2>/dev/null |& cat
f 2>/dev/null |& cat
f |& cat |& cat
echo status $?
