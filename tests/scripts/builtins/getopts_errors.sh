# getopts: an unknown option or a missing argument gives name=? and a message on stderr
# (bash's wording, prefixed with $0); a leading ':' in optstring makes it silent, with name
# set to ? or : and OPTARG to the option letter. getopts itself still returns 0.
OPTIND=1
while getopts ab: opt -x -a -b; do echo "opt=$opt OPTIND=$OPTIND"; done; echo "end $?"
OPTIND=1
while getopts :ab: opt -x -a -b; do echo "opt=$opt OPTARG=$OPTARG"; done; echo "end $?"
OPTIND=1
while getopts :a opt -a -y -z; do echo "opt=$opt OPTARG=$OPTARG"; done
OPTIND=1
while getopts a opt -ab-; do echo "opt=$opt"; done
OPTIND=1
while getopts a opt -:; do echo "opt=$opt"; done
OPTIND=1
getopts '' opt -a; echo "empty optstring: status=$? opt=$opt"
# Usage errors.
getopts; echo "st=$?"
getopts a; echo "st=$?"
getopts a 1bad -a; echo "st=$?"
# A bad NAME is reported after the option is parsed: OPTARG and OPTIND still move on (dash, bash).
OPTIND=1
set -- -c foo -h
getopts 'hc:' opt-; echo "status=$? OPTARG=$OPTARG OPTIND=$OPTIND"
