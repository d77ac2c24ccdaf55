# The shell sets IFS to <space><tab><newline> when it starts (XCU sh, "IFS"), so "$IFS"
# expands to those three characters and a temporary IFS= on a regular builtin is undone.
printf '[%s]\n' "$IFS" | od -c | sed 's/  */ /g'
case $IFS in " 	
") echo default ;; *) echo other ;; esac
IFS=: read x y <<EOF
a:b
EOF
echo "$x $y"
printf '[%s]\n' "$IFS" | od -c | sed 's/  */ /g'
v="1 2	3"
set -- $v
echo $#
saved=$IFS; IFS=-; IFS=$saved; set -- $v; echo $#
