# not-dash: dash writes the prompts too but also warns that it has no terminal
# `sh -i` with its input from a file or pipe: prompts go to stderr, the lines read are not
# echoed back (Readline is for terminals), and the shell reads no further than each line, so
# `read` in the input gets the next one.
PS1='P$ ' PS2='> ' "$IPSH" -i <<'EOF' 2>&1
echo hi
read x
hello there
echo "got $x"
if true
then echo cont
fi
EOF
echo
echo "status $?"
printf 'echo a; (exit 3)\n' | PS1= "$IPSH" -i
echo "status $?"
