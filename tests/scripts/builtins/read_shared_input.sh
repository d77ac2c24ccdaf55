# read must not consume input past its newline, so the next command reading the same
# descriptor sees the rest: regular files, pipes, here-documents and an fd opened with exec.
printf 'l1\nl2\nl3\nl4\n' > file
{ read a; read b; cat; } < file
echo ---
printf 'l1\nl2\nl3\n' | { read a; echo "[$a]"; cat; }
echo ---
{ read a; echo "[$a]"; read b; echo "[$b]"; sed 's/^/rest:/'; } <<END
one
two
three
four
END
echo ---
while read line; do echo "got $line"; read skip; done < file
echo ---
exec 3< file
read -r v <&3; echo "[$v]"
cat <&3
exec 3<&-
echo ---
# A long first line in a file: block reads give back what follows.
{ i=0; while [ $i -lt 300 ]; do printf 'abcdefghij'; i=$((i + 1)); done; printf '\nsecond\nthird\n'; } > big
{ read long; echo "${#long}"; read s; echo "[$s]"; cat; } < big
echo ---
# An external command after read in the same redirection sees the rest too.
{ read first; head -n 1; cat; } < file
