# Where getopts is belongs to the positional parameters, as in dash: `set --` and shift start
# it over, and a function call has its own. POSIX leaves this unspecified (only OPTIND=1 is
# portable); bash keeps one place for everything and goes on from the old index instead.
set -- -a
while getopts ab o; do echo "first: $o"; done
set -- -c -d
echo "OPTIND is still $OPTIND"
getopts cd o; echo "after set --: $o OPTIND=$OPTIND"
f() {
    while getopts xy o; do echo "in f: $o"; done
    echo "f's OPTIND=$OPTIND"
}
f -x -y
echo "back: OPTIND=$OPTIND"
getopts cd o; echo "the outer place goes on: $o OPTIND=$OPTIND"
# A grouped word keeps its place across a function call.
set -- -pq
getopts pq o; echo "grouped: $o"
f -x
getopts pq o; echo "grouped after f: $o"
# local OPTIND (the bash idiom) still works, and assigning OPTIND moves the place.
g() { local OPTIND; getopts z o; echo "g: $o OPTIND=$OPTIND"; }
g -z
set -- -a -b
getopts ab o
OPTIND=1
getopts ab o; echo "OPTIND=1 starts over: $o"
# shift starts it over too (dash).
set -- -a -b
getopts ab o; shift
getopts ab o; echo "after shift: $o OPTIND=$OPTIND"
