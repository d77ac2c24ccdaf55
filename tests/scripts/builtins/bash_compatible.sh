# not-dash: features dash lacks and ipsh shares with bash and ksh
# set -o pipefail: the status of the last failing stage.
set -o pipefail
false | true; echo "pipefail: $?"
true | (exit 3) | true; echo "middle fails: $?"
true | true; echo "all succeed: $?"
set +o pipefail
false | true; echo "off: $?"
# `. file args` sets the positional parameters for the file only.
echo 'echo "sourced with $# args: $*"' > lib.sh
set -- outer
. ./lib.sh a b; echo "back to $# arg: $1"
source ./lib.sh via-source
# ${#} of a multi-digit positional, base#number arithmetic.
echo $((2#1010)) $((16#ff)) $((36#z))
# set -o posix is accepted (bash scripts ask for it) and listed.
set -o posix; echo "posix: $?"
set +o | grep posix
set +o posix
