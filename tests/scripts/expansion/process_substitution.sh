# not-dash: process substitution is bash and ksh
# <(list) is a /dev/fd path to a pipe from list's output; >(list) one to list's input. The
# shell's end stays open for the command that names it and is closed when it ends.
cat <(echo a) <(echo b)
diff <(printf '1\n2\n') <(printf '1\n3\n'); echo "diff status $?"
while read -r l; do echo "got $l"; done < <(printf 'x\ny\n')
f() { cat "$1"; }
f <(echo "from a function")
echo "--file=<(true) is quoted"
case $(echo --file=<(true)) in --file=/dev/fd/*) echo "inside a word" ;; esac
exec 3< <(echo kept)
read -r v <&3; echo "v=$v"
exec 3<&-
# >(list): what the command writes goes to list. The shell does not wait for list: cat
# reads until list, which shares its pipe, is done too.
{ echo hello > >(tr a-z A-Z); } | cat
# No descriptor stays open afterwards.
n=$(ls /dev/fd/ | wc -l)
: <(true) <(true)
[ "$(ls /dev/fd/ | wc -l)" = "$n" ] && echo "no descriptor left"
