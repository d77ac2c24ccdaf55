# A here-document of any size can go to any descriptor, and the shell's pipes are never
# reachable with n<&m: a closed fd stays closed inside a pipeline (it used to read its own
# pipe and hang).
i=0; while [ $i -lt 8000 ]; do echo "line $i ......"; i=$((i + 1)); done > body
{ echo 'exec 3<<EOF'; cat body; echo EOF; echo 'wc -l <&3'; echo 'cat <&3 | wc -l'; } > big.sh
"$IPSH" big.sh
# A big here-document and a file redirection of the same command, in either order.
{ echo 'wc -l 3>out 4<<EOF <&4'; cat body; echo EOF; echo 'wc -l 4<<EOF 3>out <&4'; cat body; echo EOF; } > both.sh
"$IPSH" both.sh
exec 3</dev/null
exec 3<&-
cat <&3 | wc -c
echo hi | cat <&3 || echo "cat failed"
rm body big.sh both.sh out
