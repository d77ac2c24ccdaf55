# Quoting inside parameter expansions, command substitutions and here-documents.
x='va lue'
unset u
echo "${u:-"quoted default"}"
echo ${u:-'single quoted'}
echo "${u:-'single in double'}"
echo "${x:+"alt $x"}"
echo ${u:-a\ b}
set -- ${u:-"one two"}; echo "fields: $#"
set -- ${u:-one two}; echo "fields: $#"
p='*.txt'; f=file.txt
echo "${f%"$p"}" "${f%$p}"
echo "${f#"file"}" "${f#'file'}"
echo "$(echo "$x" | tr ' ' _)"
echo `echo "backquote \`echo nested\`"`
cat <<EOF
here: $x "$x" '$x' \$x \\ ${u:-"def"} $(echo "cmd $x")
EOF
cat <<'EOF'
quoted delimiter: $x "$x" \$x $(echo no)
EOF
cat <<"E O F"
spaces in delimiter $x
E O F
cat <<\EOF
backslash delimiter $x
EOF
