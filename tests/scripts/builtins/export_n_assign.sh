# not-dash: dash has no export -n, declare or arrays
# export -n name=value assigns and takes the export away (bash).
export foo=old
export -n foo=new
echo "foo=$foo"
env | grep '^foo=' || echo "not exported"
# $_ after a declaration of an array is the name alone (bash).
declare a=(1 2)
echo "[$_]"
declare -g d+=(1 2)
echo "[$_]"
declare s=bar
echo "[$_]"
