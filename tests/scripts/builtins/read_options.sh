# not-dash: -d -n -t -u and the default REPLY are bash extensions (dash has only -r and -p)
# read -d DELIM, -n COUNT, -t SECONDS, -u FD and REPLY, as bash implements them.
printf 'a b\n' | { read; echo "[$REPLY]"; }
printf '  a b  \n' | { read; echo "[$REPLY]"; }
printf 'a\\\nb\n' | { read; echo "[$REPLY]"; }
printf 'a\\\nb\n' | { read -r; echo "[$REPLY]"; }
printf 'abc\n' | { read -n 2 x; echo "st=$? [$x]"; read y; echo "[$y]"; }
printf 'a b c' | { read -n 3 x y; echo "st=$? [$x][$y]"; }
printf 'a\\bcd\n' | { read -n 3 x; echo "st=$? [$x]"; }
printf 'ab\ncd\n' | { read -n 5 x; echo "st=$? [$x]"; read y; echo "[$y]"; }
printf 'ab' | { read -n 5 x; echo "st=$? [$x]"; }
printf 'ab' | { read -n 0 x; echo "st=$? [$x]"; }
printf 'a:b:c' | { read -d : x; echo "st=$? [$x]"; read -d : y; echo "[$y]"; read -d : z; echo "st=$? [$z]"; }
printf 'a b\0c d\0' | { read -d '' x; echo "st=$? [$x]"; read -d '' y z; echo "st=$? [$y][$z]"; }
printf 'x\\:y:' | { read -d : x; echo "st=$? [$x]"; }
printf 'one\ntwo;three' | { read -d ';' x; echo "st=$? [$x]"; }
# -t: a timeout gives status 142 and keeps what was read; -t 0 only polls.
{ sleep 1; echo late; } | { read -t 0.2 x; echo "st=$? [$x]"; }
{ printf 'part'; sleep 1; echo rest; } | { read -t 0.3 x; echo "st=$? [$x]"; }
echo fast | { read -t 5 x; echo "st=$? [$x]"; }
echo hi | { sleep 0.1; read -t 0; echo "st=$?"; read x; echo "[$x]"; }
{ sleep 0.5; echo hi; } | { read -t 0; echo "st=$?"; cat >/dev/null; }
read -t abc x < /dev/null; echo "st=$?"
read -n abc x < /dev/null; echo "st=$?"
# -u FD.
printf 'from3\n' > f3
exec 3< f3
read -u 3 x; echo "st=$? [$x]"
exec 3<&-
read -u 3 x; echo "st=$?"
read -u 7x x; echo "st=$?"
# -p writes its prompt only when the input is a terminal (dash and bash agree).
echo foo | { read -p 'prompt> ' x; echo "[$x]"; }
# -s is harmless without a terminal.
echo secret | { read -s x; echo "[$x]"; }
