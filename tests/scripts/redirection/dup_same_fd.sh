# n>&n is a no-op whether or not n is open (dash, bash).
: 3>&3
echo "builtin: $?"
/bin/true 3>&3
echo "external: $?"
{ echo "group: ok"; } 5>&5
exec 4>out.txt
echo written 4>&4 >&4
cat out.txt
