# A background subshell that set a trap must not exec its last command in place: the trap
# still has to run when the signal comes (the last process of a background pipeline).
mkfifo fifo
echo foo | {
    trap 'echo trapped; exit 0' USR1
    cat
    cat fifo
} &
exec 3>fifo
echo bar >&3
kill -s USR1 $!
exec 3>&-
wait $!
echo "status $?"
