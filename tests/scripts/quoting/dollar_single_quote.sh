# $'...' quoting (POSIX 2024 XCU 2.2.4): backslash escapes are decoded and the result is quoted.
# not-dash: dash 0.5.12 has no $'...'
echo $'foo'
echo $'single \' double \"'
echo $'col1\ncol2'
printf '%s' $'\001' $'\377' | od -An -c
printf '%s\n' $'a\tb' | od -An -c
echo $'\x41\x4a\x4' $'\101\1012' $'\e[0m' | od -An -c | head -2
echo $'\cA\c[' | od -An -c
echo $'\u00e9' $'\U0001F600' | od -An -tx1
echo $'ab\0cd' $'x\x00y'
echo "$'not special'" '$'"'a'"
x=$'a b'; set -- $x; echo $#
echo ${u:-$'d\tv'} | od -An -c
case $'\n' in $'\n') echo nl-match;; esac
echo $'\q \\ \?'
echo a$'b'c
for w in $'x y'; do echo "[$w]"; done
