# In a UTF-8 locale a character is a character, not a byte (XBD 7.3 LC_CTYPE), as in bash:
# ?, ${#x}, ${x#...}/${x%...}, IFS and "$*" see whole characters. The locale follows
# assignments to LC_ALL, LC_CTYPE and LANG. The C locale keeps bytes.
# not-dash: dash works on bytes in every locale
x=aμb
echo "C: ${#x}"
case μ in ?) echo "C: ? matches mu" ;; *) echo "C: ? does not match mu" ;; esac
LC_ALL=C.UTF-8
echo "UTF-8: ${#x}"
case μ in ?) echo "UTF-8: ? matches mu" ;; esac
case __μ__ in __?__) echo "UTF-8: __?__ matches" ;; esac
v=μ-
echo "${v#?} ${x%?} ${x#a?} [${x%%?*}] [${x##*?}]"
y=μabcμ
echo "[${y#?abc?}] [${y%?}]"
touch __μ__ __ab__
echo __?__
IFS=ç
s="aççbçc"
set -- $s
echo "$# $*"
IFS="é:"
read a b c <<END
xééyéz
END
echo "$a|$b|$c"
unset IFS
LC_ALL=
LANG=C.UTF-8
echo "LANG: ${#x}"
LANG=C
echo "back to C: ${#x}"
# printf's 'c argument is the character's code point in the locale's codeset.
LC_ALL=C.UTF-8
printf '%x %x\n' "'μ" "'a"
LC_ALL=C
printf '%x\n' "'μ"
