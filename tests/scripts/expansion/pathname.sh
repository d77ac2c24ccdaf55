# Pathname expansion: *, ?, [...], [!...], classes, dotfiles, no match, set -f, sorting.
mkdir d; cd d
touch b.txt a.txt c.log .hidden 'sp ace.txt' A1 a2 z9
mkdir sub; touch sub/x.txt sub/y.txt
echo *.txt
echo ?.txt
echo [ab].*
echo [!a]*.txt
echo [[:upper:]]* [[:digit:]]*
echo *[0-9]
echo *
echo sub/*.txt */x.txt
echo *.none
echo '*.txt' "*.txt" \*.txt
p='*.log'; echo $p "$p"
set -f; echo *.txt; set +f
echo [a-b]2
for f in *.txt; do echo "file: [$f]"; done
set -- *.txt; echo "count $#"
echo a*[
echo 'a'*.txt
cd ..
