# Field splitting with default, custom, empty and unset IFS (XCU 2.6.5).
v='  one   two	three
four  '
set -- $v; echo "default: $# [$1] [$4]"
IFS=:
p='a:b::c:'; set -- $p; echo "colon: $#"; for f in "$@"; do printf_free=1; echo " [$f]"; done
p=':lead'; set -- $p; echo "leading colon: $# [$1] [$2]"
IFS=' :'
p=' a : b  c: '; set -- $p; echo "mixed: $#"; for f in "$@"; do echo " [$f]"; done
IFS=
p='a b:c'; set -- $p; echo "empty IFS: $# [$1]"
unset IFS
p=' x  y '; set -- $p; echo "unset IFS: $# [$1] [$2]"
IFS=x
p=axbxxc; set -- $p; echo "letter: $#"; echo "[$1][$2][$3][$4]"
unset IFS
q='a  b'; set -- "$q"; echo "quoted: $#"
set -- $q"c d"; echo "partly quoted: $# [$1] [$2]"
e=''; set -- $e; echo "empty unquoted: $#"
set -- "$e"; echo "empty quoted: $#"
set -- $e""; echo "empty joined with quotes: $#"
n=1; set -- $n$n; echo "no IFS chars: $# $1"
IFS=,; w='a,b'; for i in $w; do echo "for: $i"; done; unset IFS
IFS=' '; x='a	b'; set -- $x; echo "tab not in IFS: $#"; unset IFS
