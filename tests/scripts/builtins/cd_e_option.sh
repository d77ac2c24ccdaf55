# cd -e (POSIX 2024) is accepted; with -P it only matters when the new directory's name
# cannot be determined.
# not-dash: dash 0.5.12 has no -e option
cd -Pe /tmp && pwd
cd -e /
echo "status $?"
cd -L -e /usr && pwd
