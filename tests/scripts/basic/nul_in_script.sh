# not-dash: dash stops reading a script at a NUL byte
# NUL bytes in a script are dropped: they cannot be part of a word (C strings), and the
# rest of the line still runs.
printf 'echo one \000 two\necho th\000ree\n' > nul.sh
"$IPSH" nul.sh
echo "status $?"
