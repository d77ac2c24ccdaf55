# Tilde expansion: ~, ~/path, ~user, in assignments after = and :, quoted tilde.
HOME=/home/test
echo ~ ~/dir
echo "~" '~' \~
x=~/a:~/b; echo $x
y=~; echo $y
echo ~root | grep -q '^/' && echo "~root is absolute"
echo ~nosuchuser_xyz
echo a~b ~+x
HOME=/other; echo ~
