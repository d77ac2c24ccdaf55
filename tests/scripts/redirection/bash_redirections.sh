# not-dash: &>, &>>, >&file and {name}> are bash's. dash reads `cmd &>f` as `cmd &`, `>f`
# (POSIX), and takes {name} for a word. Output checked against bash 5.2.
both() { echo "out $1"; echo "err $1" >&2; }

# &>file and &>>file: stdout and stderr to one file.
both 1 &> f
cat f
both 2 &>> f
cat f
sh -c 'echo child-out; echo child-err >&2' &> g
cat g
# >&file is the same when the word is not a number or -; 1>&file too.
both 3 >& h
cat h
both 4 1>&h
cat h
# 2>&file is an error, as in bash; the command does not run.
both 5 2>&nothere
echo "status $?"
test -e nothere || echo "no file made"
# noclobber protects &> as it does >; &>> still appends.
set -C
both 6 &> f
echo "status $?"
both 7 &>> f
set +C
tail -n 2 f
# Only the command's own descriptors move: the shell's stderr is back afterwards.
echo "stderr back" >&2

# {name}>file: the shell picks a descriptor from 10 up and keeps it open after the command.
exec {fd}> named
case $fd in 1[0-9]|[2-9][0-9]) echo "fd is 10 or more" ;; *) echo "fd is $fd" ;; esac
echo "through the named fd" >&$fd
echo "again" >&"$fd"
exec {fd}>&-
cat named
{ echo gone >&$fd; } 2>/dev/null
echo "status $?"
# A builtin with {name}> also leaves the descriptor open (bash); {name}<&n duplicates n.
: {w}> kept
echo "kept open" >&$w
exec {w}>&-
cat kept
exec {in}< named
read -r first <&$in
echo "read: $first"
exec {dup}<&$in
read -r second <&$dup
echo "read from the copy: $second"
exec {in}<&- {dup}<&-
# An external command gets the descriptor; the shell does not (bash leaves name unset).
unset ext
sh -c 'echo "child sees $#"' {ext}> ext_file
echo "ext='$ext'"
# {fd}>&- with fd unset is an error; the word {x} elsewhere is a word.
unset nofd
true {nofd}>&-
echo "status $?"
echo {x} >word
cat word
# A read-only name cannot take the descriptor.
readonly ro=1
true {ro}> never
echo "status $?"
# >&word takes one field: "$@" with two arguments or an empty expansion is an error.
set -- "f 1" "f 2"
echo lost >& "$@"
echo "two fields: $?"
empty=
echo lost >&$empty
echo "no field: $?"
echo kept >&"f 1"; cat "f 1"
