# not-dash: type's options -a -f -p -P -t are bash's; dash's type takes none
# Two executables named mytool, in one/ and two/; a function, a builtin and an alias too.
PATH="one:two:$PATH"
mkdir -p one two three/mytool
printf 'echo one\n' > one/mytool; printf 'echo two\n' > two/mytool
chmod +x one/mytool two/mytool
printf 'echo not run\n' > two/noexec
f() { :; }
alias ll='ls -l'
echo "-- -t: one word each, nothing for a missing name"
type -t ll if f cd : mytool nonexistent_x; echo "status $?"
echo "-- -p: the file that would run; a builtin prints nothing but is found"
type -p mytool cd; echo "status $?"
type -p nonexistent_x; echo "status $?"
echo "-- -P: a PATH search even for a builtin; status 1 when no file is found"
type -P mytool; echo "status $?"
type -P cd; echo "status $?"
echo "-- -a: every match, every file in PATH"
type -a mytool
type -at mytool
type -ap mytool
type -ap f; echo "status $?"
echo "-- -f: functions are skipped"
type -f f; echo "status $?"
type -t -f f cd; echo "status $?"
echo "-- the last of -t -p -P wins; -P keeps its PATH search"
type -tp mytool
type -pt mytool
type -Pt cd; echo "status $?"
echo "-- a path must be an executable file, not a directory"
type -t ./one/mytool
type -P three/mytool; echo "status $?"
type two/noexec; echo "status $?"
# Not found, as for command -v (bash 5.2 says "file" here)
type -t noexec; echo "status $?"
echo "-- hashed"
mytool >/dev/null
type mytool
type -t mytool
echo "-- usage"
type -x; echo "status $?"
