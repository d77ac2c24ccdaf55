# cd -L: the component before each .. must be a directory (XCU cd step 8b), even though
# the .. is then removed lexically.
# not-dash: dash accepts a file before .. and fails differently on the rest
mkdir dev
: > file
cd ./file/../dev 2>/dev/null
echo "through a file: $?"
cd ./missing/../dev 2>/dev/null
echo "through a missing name: $?"
mkdir -p real/sub
ln -s real/sub link
cd link/../dev && echo "through a symlink: ok"
