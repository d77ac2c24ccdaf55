# not-dash: dash sets OPTARG to "" instead of unsetting it and keeps the old OPTARG at the end
# getopts: OPTARG is unset when the option takes no argument and when the options are over
# (XCU getopts: "If no option was found, or if the option that was found does not have an
# option-argument, OPTARG shall be unset"); dash sets it empty instead.
show() { echo "opt=$opt OPTARG=${OPTARG-unset} OPTIND=$OPTIND"; }
OPTARG=stale
OPTIND=1
getopts ab: opt -a -b val; show
getopts ab: opt -a -b val; show
getopts ab: opt -a -b val; echo "status=$?"; show
OPTIND=1
getopts :a opt -q; show
getopts :a opt -q; echo "status=$?"; show
OPTIND=1
getopts :b: opt -b; show
# In a grouped word OPTIND already points past it (as in dash; bash differs).
OPTIND=1
getopts abc opt -abc next; show
getopts abc opt -abc next; show
getopts abc opt -abc next; show
getopts abc opt -abc next; echo "status=$?"; show
# getopts in a function with its own OPTIND.
f() {
    local OPTIND=1 opt
    while getopts xy: opt "$@"; do printf '%s:%s ' "$opt" "${OPTARG-}"; done
    echo "f OPTIND=$OPTIND"
}
f -x -y 1 -xy2 arg
f -y
echo "outer OPTIND=$OPTIND"
