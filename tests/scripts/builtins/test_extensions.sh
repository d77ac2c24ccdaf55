# not-dash: ==, -N, unary -a and -o are bash extensions that dash lacks
# test: extensions kept for scripts written for bash: == as =, -N (modified since read), -a and -o.
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
# -a FILE (old spelling of -e) and -o OPTION (is a set -o option on), as in bash and ksh.
: > exists
t test -a exists
t test -a missing
t test ! -a missing
t test -o noglob
set -f
t test -o noglob
set +f
t test -o noglob
t test -o nosuchoption
# A unary operator in the last place is a plain string (bash).
t test x -o -n
t test "" -a -z
t test ! -e
