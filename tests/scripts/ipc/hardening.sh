# not-dash: ipsh IPC builtins
# What a peer or an odd environment must not be able to do to the shell: reach semaphores
# through shm names, crash it with a file that is not a semaphore, or make an IPC descriptor
# stand in for a closed standard input or output.
P=$IPSH_TEST_PREFIX
q=/${P}q m=/${P}m s=/${P}s
trap 'mq unlink -f "$q"; shm unlink -f "$m"; sem unlink -f "$s" /${P}short /${P}link' EXIT
show() { sed "s|$P|PFX|g" err; }

echo "-- shm names cannot name the files of semaphores"
sem create -i 5 "$s"
for sub in stat read write unlink; do shm $sub "/sem.${P}s" 2>err; echo "shm $sub: $?"; done
show
shm create "sem.${P}fake" 32 2>err; echo "shm create: $?"; show
sem value "$s"

echo "-- a semaphore file that is not one is refused, not mapped"
: > "/dev/shm/sem.${P}short"
for sub in value post wait stat; do sem $sub "/${P}short" 2>err; echo "sem $sub: $?"; done
show
sem run "/${P}short" -- echo not run 2>err; echo "sem run: $?"; show
sem create "/${P}short" 2>err; echo "sem create: $?"; show
ln -s /dev/null "/dev/shm/sem.${P}link"
sem post "/${P}link" 2>err; echo "sem post on a symbolic link: $?"; show
rm -f "/dev/shm/sem.${P}short" "/dev/shm/sem.${P}link"

echo "-- closed standard input and output"
mq create "$q" && shm create "$m" 4 || exit 1
mq send "$q" <&- 2>err; echo "mq send <&-: $?"; show
mq send -l "$q" <&- 2>err; echo "mq send -l <&-: $?"; show
shm write "$m" <&- 2>err; echo "shm write <&-: $?"; show
mq send "$q" kept
mq recv "$q" >&- 2>err; echo "mq recv >&-: $?"; show
mq stat "$q" | grep curmsgs
mq recv "$q"; echo

echo "-- a failed write to standard output is status 3"
mq stat "$q" >/dev/full 2>err; echo "mq stat: $?"
mq ls >/dev/full 2>>err; echo "mq ls: $?"
shm read "$m" >/dev/full 2>>err; echo "shm read: $?"
sem value "$s" >/dev/full 2>>err; echo "sem value: $?"
show
