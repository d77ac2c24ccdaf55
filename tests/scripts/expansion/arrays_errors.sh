# not-dash: arrays are bash and ksh; statuses checked against bash 5.2.
a=(1 2)
a[-5]=x; echo "status $?"
echo "${a[-5]}"; echo "status $?"
unset 'a[-9]'; echo "unset status $?"
set -u
echo "${a[1]}"
(echo "${a[7]}"); echo "status $?"
(echo "${nosuch[@]}"); echo "status $?"
b=(); echo "empty: [${b[@]}] ${#b[@]}"
set +u
(eval 'c=(1 ; 2)'); echo "status $?"
(eval 'd=(1 2'); echo "status $?"
