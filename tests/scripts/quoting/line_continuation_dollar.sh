# A backslash-newline disappears before expansions are recognised, even between $ and the
# name, inside a name or inside ${...} (XCU 2.2.1).
echo $\
?
x=abc
echo $\
x $x\
x ${x\
} "$\
x"
