# XCU 2.3.1: after an alias whose value ends in a blank, the next word is checked for an
# alias too, also where `for` wants its name, `in` and the words (dash and bash agree).
alias FOR1='for '
alias FOR2='FOR1 '
alias eye1='i '
alias eye2='eye1 '
alias IN='in '
alias onetwo='$one "2" '
one=1
FOR2 eye2 IN onetwo 3; do echo "i=$i"; done
FOR1 eye1 IN x; do echo "i=$i"; done
# Without the blank, the next word is not an alias.
alias FOR3='for'
for i in eye2; do echo "i=$i"; done
# An alias whose text starts with another alias: the outer one's trailing blank still
# makes the next word a candidate, in a simple command too.
alias e='echo ' w2='w1 ' w1=hi e2='e1 ' e1=echo
e w2 w2
e2 w1
