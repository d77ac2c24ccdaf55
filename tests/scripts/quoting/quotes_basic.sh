# Single quotes, double quotes and backslashes in their contexts (XCU 2.2).
printf '%s\n' 'single: $HOME `x` \n "q"'
echo "double: \$ \` \" \\ \x"
echo back\ slash\ space \$dollar \"quote\" \\
x='a  b'
echo "preserved: [$x]"
echo unquoted: [$x]
echo 'it'"'"'s'
echo "nested $(echo "inner \"quotes\" and $x")"
echo "${x}"'${x}'"$x"
echo ''"" | wc -c | tr -d ' '
echo "a\
b"
echo 'a\
b'
echo "tab:	end"
echo "multi
line"
echo \'\"
echo "\$(not a substitution)"
echo '#not a comment' #comment
echo a#b
