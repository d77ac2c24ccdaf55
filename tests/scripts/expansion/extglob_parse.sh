# not-dash: dash has no extended patterns (bash's shopt -s extglob).
# As in bash, shopt -s extglob counts for the commands read after it runs: on the same line
# it is too late, and a group is then a syntax error.
(eval 'shopt -s extglob; echo @(a)') 2>/dev/null || echo "same line: syntax error"
shopt -s extglob
echo @(a) +(a|b c)
# In a function defined while extglob is on; groups hold blanks and operators.
f() {
    case $1 in
    @(a b|c;d)) echo "f: $1" ;;
    *) echo "f: other" ;;
    esac
}
f 'a b'
f 'c;d'
shopt -u extglob
f 'a b'
# [[ ]] reads the right side of == and != as an extended pattern whatever shopt says...
[[ ab == @(a|b)* ]] && echo "[[ == ]]"
# ...but `!(` elsewhere in [[ ]] is the ! operator and a parenthesis.
empty=
[[ !($empty) ]] && echo "[[ ! ( ) ]]"
# Arithmetic and array assignments are unaffected.
shopt -s extglob
echo $((2*(3+1))); a=(1 2); a+=(3); echo "${a[@]}"
echo @(x
