# The EXIT trap runs on exit, errexit, signals; exit inside it sets the final status.
"$IPSH" -c 'trap "echo bye" EXIT; exit 3'; echo "status $?"
"$IPSH" -c 'trap "echo bye \$?" EXIT; false'; echo "status $?"
"$IPSH" -c 'trap "exit 7" EXIT; exit 3'; echo "status $?"
"$IPSH" -ec 'trap "echo errexit trap" EXIT; false; echo no'; echo "status $?"
"$IPSH" -c 'trap "echo term trapped; exit 9" TERM; kill -TERM $$; echo no'; echo "status $?"
"$IPSH" -c 'trap "echo on exit" EXIT; kill -TERM $$'; echo "status $?"
