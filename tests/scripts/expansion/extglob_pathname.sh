# not-dash: dash has no extended patterns (bash's shopt -s extglob).
# Pathname expansion with ?(list) *(list) +(list) @(list) !(list), and its dot-file rules.
mkdir g && cd g || exit 1
touch a.txt b.txt c.sh .hidden .x.txt ab abc
mkdir d
touch d/e.txt d/.f d/g.sh
shopt -s extglob
echo !(*.txt)
echo @(a|b).txt +(a|b|c) ?(a)b*
echo *.!(txt)
echo d/!(*.txt) d/@(.f|e*) @(d)/*.sh !(a*|b*|c*)/
# A dot file needs a pattern, or a group alternative, that starts with a literal dot.
echo @(.x*|a*) .!(x*) !(.x*|*.*)
echo @(|.)hidden ?(x).hidden @(|x).hidden
# Quoted, the characters are ordinary; from a variable they form groups.
p='@(a|c).*'
echo "@(a|b).txt" $p
echo @(zz|yy)
shopt -s nullglob
echo nullglob: @(zz|yy)
shopt -u nullglob
shopt -s dotglob
echo dotglob: !(*.txt|?|??|???|d)
shopt -u dotglob
shopt -s nocaseglob
echo nocaseglob: @(A|B).TXT
shopt -u nocaseglob
for f in !(*.sh|d); do printf '%s,' "$f"; done; echo
shopt -s failglob
echo @(zz|yy)
echo "not reached"
