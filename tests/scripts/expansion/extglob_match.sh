# not-dash: dash has no extended patterns (bash's shopt -s extglob).
# ?(list) *(list) +(list) @(list) !(list) in case, [[ ]] and ${x#p} ${x%p} ${x/p/r}.
shopt -s extglob
for w in --help --verbose --no-color -- -xzx - ''; do
    case $w in
    --@(help|verbose)) echo "$w: option" ;;
    --no-@(color|pager)) echo "$w: negated" ;;
    --?(x)) echo "$w: double dash" ;;
    -+(x|z)) echo "$w: letters" ;;
    !(*)) echo "never" ;;
    *) echo "'$w': other" ;;
    esac
done
# Nesting, quoting and variables inside a group.
pre=no
[[ --no-long-opt == --@(help|$pre-@(long|short)-'opt') ]] && echo nested
[[ 'a b' == @(a b|c) ]] && echo blank
[[ 'a|b' == @("a|b") ]] && echo quoted-bar
[[ a == "@(a)" ]] || echo "quoted group is literal"
[[ abab == *(ab) ]] && [[ '' == *(ab) ]] && [[ aba != *(ab) ]] && echo star
[[ abab == +(ab) ]] && [[ '' != +(ab) ]] && echo plus
[[ foo.c == !(*.txt|*.sh) ]] && [[ foo.sh != !(*.txt|*.sh) ]] && echo bang
[[ aXb == a!()b ]] && [[ ab != a!()b ]] && echo bang-empty
# A pattern from a variable matches as a group when extglob is on.
pat='@(x|y)*'
case yes in $pat) echo "case var" ;; esac
# Removal and replacement, shortest and longest.
v=aaab.tar.gz
echo "${v##*(a)}" "${v#+(a)}" "${v%.@(gz|bz2)}" "${v%%.*([a-z])*}"
echo "${v/+(a)/X}" "${v//@(a|.)/_}" "${v/#?(a)a/S}" "${v/%.!(*.*)/.E}"
x=aXbXc
echo "${x//?(X)/_}" "${x//@()/-}"
# Without the option, case and ${x#p} take the same text as an ordinary pattern;
# [[ == ]] always matches extended patterns (bash).
shopt -u extglob
case a in $pat) echo "case: match" ;; *) echo "case: no match" ;; esac
echo "${v#@(a)}"
[[ x == $pat ]] && echo "[[: match"
# Repetition does not backtrack exponentially (bash 5.2 takes minutes over this one).
long=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
[[ ${long}b == *(a|aa|aaa) ]] || echo "no match, quickly"
