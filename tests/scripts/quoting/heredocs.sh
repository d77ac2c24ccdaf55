# Here-documents: expansion, <<- tab stripping, several per line, in loops and functions.
n=3
cat <<END
value $n, arithmetic $((n*2)), command $(echo sub)
END
cat <<-END
	stripped tab
		two tabs
	END
cat <<A; cat <<B
first
A
second
B
f() {
	cat <<-X
	in function $1
	X
}
f arg
for i in 1 2; do
cat <<EOF
loop $i
EOF
done
cat <<EOF | tr a-z A-Z
piped heredoc
EOF
x=$(cat <<EOF
in command substitution
EOF
)
echo "$x"
cat << EOF
continued \
line and trailing backslash \\
EOF
cat <<EOF
EOF
echo "empty heredoc done"
while read_line=$(head -1); [ -n "$read_line" ]; do echo "never"; done <<EOF

EOF
echo end
