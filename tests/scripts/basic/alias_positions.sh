# An alias is also looked for after leading redirections; an alias that expands to blanks
# lets the command go on on the next line; a line continuation can split an alias name.
alias e=echo
>/dev/null e not printed
e after redirection >&1
alias b=' '
(
echo ok | b
cat
) </dev/null
false
b
echo "status kept: $?"
alias eeee=echo
ee\
e\
e joined
