# A signal that arrives while another signal's trap action runs has its own action run at
# once, inside the first (dash, bash); the interrupted action then goes on with its $?.
trap 'echo one; kill -USR2 $$; echo "three: $?"' USR1
trap 'echo two; false' USR2
kill -USR1 $$
echo four
