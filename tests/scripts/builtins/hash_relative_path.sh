# Commands found through a relative PATH entry are remembered like the others (dash, bash):
# a command put in an earlier directory waits for `hash -r`; a change of directory forgets
# them. When the remembered file goes away, the search goes on from its directory only.
PATH="one:two:$PATH"
mkdir -p one two sub/one
printf 'echo two\n' > two/mycmd; chmod +x two/mycmd
mycmd
printf 'echo one\n' > one/mycmd; chmod +x one/mycmd
mycmd
hash -r
mycmd
printf 'echo sub\n' > sub/one/mycmd; chmod +x sub/one/mycmd
cd sub && mycmd && cd ..
mycmd
rm one/mycmd
mycmd
echo "status $?"
