# An unknown condition is reported; trap returns 1 and the script goes on (dash, bash).
trap 'echo x' NOSUCHSIG
echo "status $?"
trap - NOSUCHSIG
echo "status $?"
trap 'echo usr1' USR1
kill -USR1 $$
echo end
