# Every POSIX parameter expansion form, set / unset / empty.
s=value; e=; unset u
echo "1 [${s-d}] [${e-d}] [${u-d}]"
echo "2 [${s:-d}] [${e:-d}] [${u:-d}]"
echo "3 [${s+a}] [${e+a}] [${u+a}]"
echo "4 [${s:+a}] [${e:+a}] [${u:+a}]"
echo "5 [${u=assigned}] [$u]"; unset u
echo "6 [${e:=filled}] [$e]"
echo "7 [${#s}] [${#u}] [${#e}]"
path=/usr/local/lib/file.tar.gz
echo "8 ${path%.*} ${path%%.*}"
echo "9 ${path#*/} ${path##*/}"
echo "10 ${path%/*} ${path#/usr}"
echo "11 ${path%nomatch} ${path#nomatch}"
x=aaa; echo "12 ${x#a} ${x##a} ${x#a*} ${x##a*}x ${x%a} ${x%%a*}y"
y='a*b'; echo "13 ${y#a\*} ${y#"a*"} ${y%'*b'}"
echo "14 ${s:-$e} ${u:-${s}-nested}"
n=12345; echo "15 ${#n}"
echo "16 ${u:-}" "[${u:-}]"
z='x y'; set -- ${z}; echo "17 $#"
set -- "${z}"; echo "18 $#"
echo "19 ${s%[a-z]} ${s#[!v]}x ${s#[v]}"
(: ${uu?custom message}) 2>&1 | sed 's/^.*uu/uu/'
(: ${ee:?}) 2>/dev/null; [ $? -ne 0 ] && echo "20 fails"
