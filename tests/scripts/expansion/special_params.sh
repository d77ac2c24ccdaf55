# Special parameters: $? $# $@ $* $- $0 $$ $! and positionals beyond 9.
set -- a 'b c' '' d
echo "count $#"
for p in "$@"; do echo "at [$p]"; done
for p in "$*"; do echo "star [$p]"; done
for p in $@; do echo "unquoted at [$p]"; done
for p in $*; do echo "unquoted star [$p]"; done
IFS=,; echo "joined: $*"; unset IFS
IFS=; echo "no sep: $*"; unset IFS
set -- 1 2 3 4 5 6 7 8 9 10 11 12
echo "$10 ${10} ${12}"
set --
echo "empty: [$@] [$*] $#"
for p in "$@"; do echo never; done
set -- ""; echo "one empty: $#"; for p in "$@"; do echo "[$p]"; done
false; echo "status $?"; echo "status $?"
case $$ in *[!0-9]*) echo bad;; *) echo "pid ok";; esac
sleep 0 & case $! in *[!0-9]*) echo bad;; *) echo "bg pid ok";; esac; wait
(echo "subshell pid same: $$") | grep -q "$$" && echo "\$\$ same in subshell"
set -f; echo "opts: $-"; set +f
f() { echo "in function: $# $1"; }; set -- outer; f inner; echo "restored: $1"
# ${##...}: $# with a prefix removal, not the length of a parameter named by the rest.
set -- $(seq 25); echo ${##} ${###} ${####} ${##2} ${###2} ${#} ${#-x}
