# test: file primaries -b -c -d -e -f -g -h -L -p -r -S -s -u -w -x -k and -nt -ot -ef.
t() { "$@"; echo "$* -> $?"; }
mkdir dir
: > empty
echo data > full
ln -s full link
ln -s missing dangling
mkfifo fifo
chmod 755 full
chmod 644 empty
t test -e full
t test -e missing
t test -e dangling
t test -f full
t test -f dir
t test -f link
t test -d dir
t test -d full
t test -d /
t test -h link
t test -L link
t test -h full
t test -L dangling
t test -h missing
t test -s full
t test -s empty
t test -s missing
t test -p fifo
t test -p full
t test -c /dev/null
t test -b /dev/null
t test -c full
t test -S full
t test -r full
t test -r missing
t test -w full
t test -w missing
t test -x full
t test -x empty
t test -x dir
t test -x missing
t test -u full
t test -g full
t test -k full
t test -k /tmp
t test -O full
t test -G full
t test -O missing
t test -G missing
t test -e ""
t test -f ""
t test -t 99
t test -t 0
# Comparisons of files.
touch -d '2001-01-01 00:00:00' old
touch -d '2002-01-01 00:00:00' new
t test new -nt old
t test old -nt new
t test old -ot new
t test new -ot old
t test old -nt old
t test full -ef full
t test link -ef full
t test full -ef empty
t test missing -ef missing
t [ -d dir -a -f full ]
t [ ! -e missing ]
