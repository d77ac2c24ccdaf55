# When the parameters are used up, OPTIND points just past the last one, even when an
# earlier, longer list left it further on.
set -- -h -c foo x y z
while getopts "hc:" opt; do echo "-$opt"; done
echo "OPTIND=$OPTIND"
set --
getopts "hc:" opt
echo "status=$? OPTIND=$OPTIND opt=$opt"
