# not-dash: == and -N are bash extensions that dash lacks
# test: extensions kept for scripts written for bash: == as =, and -N (modified since read).
t() { "$@"; echo "$* -> $?"; }
t test a == a
t test a == b
t [ x == x -a y == y ]
touch -d '2001-01-01 00:00:00' -a f
touch -d '2002-01-01 00:00:00' -m f
t test -N f
touch -d '2003-01-01 00:00:00' -a f
t test -N f
t test -N missing
