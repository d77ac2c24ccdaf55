# not-dash: $(< file) is ksh and bash; dash runs the empty command and gives ""
# $(< file) is the contents of file, read by the shell; $? is 0, or 1 with the usual
# message when the file cannot be opened. Backquotes too. Trailing newlines go as usual.
printf 'one\ntwo\n\n' > f.txt
x=$(< f.txt)
echo "[$x] status=$?"
y=`< f.txt`
echo "[$y]"
name=f.txt
echo "[$(<"$name")]"
z=$(< missing.txt)
echo "status=$?"
# stdin of the shell is untouched afterwards
echo "after" | { v=$(< f.txt); read w; echo "w=$w"; }
