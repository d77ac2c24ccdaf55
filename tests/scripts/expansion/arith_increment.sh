# not-dash: dash 0.5.12 has no ++ and --, which POSIX leaves optional; ipsh follows bash and ksh
x=2 y=1
echo $((--x)) x=$x
echo $((x++ + 1)) x=$x
echo $((x---y)) x=$x
echo $((x+++y)) x=$x
echo $((2 - --x)) x=$x
echo $((++x * 10)) $((x-- * 10)) x=$x
# Not variables: an error, and the shell stops (x--3 is x-- followed by 3).
echo $((x--3))
echo not reached
