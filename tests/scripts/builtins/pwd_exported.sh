# PWD is exported at start-up and OLDPWD and PWD by cd, so a child shell started in a
# directory reached through a symbolic link knows its logical name (dash, bash). pwd prints
# the last known PWD when the directory has been removed (dash). With PATH unset in the
# environment the shell sets the default search path, as dash does.
mkdir -p real
ln -s real link
env | grep -c '^PWD='
cd link
env | grep '^OLDPWD=' | sed "s|$HOME|HOME|"
"$IPSH" -c 'pwd' | sed "s|$HOME|HOME|"
mkdir gone
cd gone
rmdir ../gone
pwd | sed "s|$HOME|HOME|"
echo "pwd: $?"
cd "$HOME"
env -i "$IPSH" -c 'echo "[$PATH]"; env' | sed "s|$HOME|HOME|"
