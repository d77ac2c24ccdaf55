# An alias value ending in a blank makes the word after the alias text (not the words inside
# it) a candidate too; aliases that expand to each other stop (XCU 2.3.1).
alias hi='echo hello world '
alias punct='!!!'
hi punct
alias hi='echo hello world'
hi punct
x=x
alias echo-x='echo $x '
echo-x echo-x
alias a1='a2' a2='a1'
a1 2>/dev/null
echo "loop: $?"
alias ls='ls -d'
ls /
alias s='echo s '
alias t='echo t '
s t s word
