# n>&m- moves a descriptor (ksh, bash; dash rejects it): m is duplicated to n, then closed.
# For a command run in the shell the move is undone afterwards, m included (bash leaves m
# closed after a builtin; ipsh undoes it like every redirection of a builtin).
# not-dash: n>&m- is a syntax error in dash
exec 3>out3
echo one 4>&3- >&4
echo two >&3                      # fd 3 is back after the builtin
sh -c 'echo three >&4; echo closed >&3' 4>&3- 2>/dev/null || echo "fd 3 closed in child"
{ echo four >&5; } 5>&3-
echo five >&3
exec 3>&-
cat out3
: 6>&6-                           # a descriptor moved onto itself: nothing happens
echo st=$?
