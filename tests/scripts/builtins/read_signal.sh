# not-dash: dash returns 1 when a trapped signal interrupts read; bash and ipsh return 128+N
# read: a trapped signal interrupts a blocking read with status 128+N and the trap runs; an
# untrapped ignored signal does not.
mkfifo ff
exec 3<>ff
trap 'echo "trap USR1"' USR1
{ sleep 0.3; kill -USR1 $$; } &
read x <&3; echo "st=$? x=[$x]"
wait
echo data >&3
read x <&3; echo "st=$? x=[$x]"
# A child exiting (SIGCHLD) while read waits does not disturb it.
{ sleep 0.2; echo after-child >&3; } &
sleep 0.05 &
read x <&3; echo "st=$? x=[$x]"
wait
