# A backslash that comes from an expansion escapes the next character of the pattern. A word
# whose only special characters are escaped is no pattern: it stays as it is, backslashes
# included, even when a file of the unescaped name exists (dash, bash).
mkdir d && cd d || exit 1
touch 'a*' ab 'a*b'
x='a\*'; echo $x
x='a\*b*'; echo $x
x='[a]\*'; echo $x
x='a\?'; echo $x
x='a\b*'; echo $x
x='\a*'; echo $x
cd .. && rm -r d
