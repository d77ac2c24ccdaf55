# Assignments before a special builtin stay in the shell (XCU 2.14); before `exec cmd` they
# also reach cmd's environment. Defining a function named like a special builtin is an error.
pre1=pre1 readonly x=x
pre2=pre2 exec sh -c 'echo pre1=$pre1 x=$x pre2=$pre2'
