# getopts: options one at a time, grouped (-abc), arguments attached (-bVAL) or separate
# (-b VAL), -- and the first operand end the options, OPTIND ends at the first operand.
parse() {
    OPTIND=1
    while getopts ab:c opt "$@"; do
        case $opt in
        b) echo "opt=b arg=[$OPTARG]" ;;
        *) echo "opt=$opt" ;;
        esac
    done
    echo "status=$? opt=$opt OPTIND=$OPTIND"
    shift $((OPTIND - 1))
    echo "operands: $*"
}
parse -a -b x -c file1 file2
parse -ab x -c
parse -abx
parse -cab y -- -a rest
parse -a -- -b
parse -a - -b
parse -a foo -b
parse
parse --
parse -b -c
parse -b ''
parse -b- -a
parse -b -- -a
parse -ca
parse x -a
# The positional parameters are used when no arguments are given.
set -- -c -b arg more
OPTIND=1
while getopts ab:c opt; do echo "pos opt=$opt"; done
echo "OPTIND=$OPTIND"
shift $((OPTIND - 1)); echo "left: $*"
# Called again after the end, getopts keeps returning 1.
getopts ab:c opt; echo "again status=$? opt=$opt"
# Resetting OPTIND starts over, also in the middle of a grouped word.
set -- -abz -c
OPTIND=1
getopts ab:c opt; echo "first opt=$opt"
OPTIND=1
getopts ab:c opt; echo "restart opt=$opt"
getopts ab:c opt; echo "next opt=$opt OPTARG=$OPTARG OPTIND=$OPTIND"
getopts ab:c opt; echo "last opt=$opt OPTIND=$OPTIND"
