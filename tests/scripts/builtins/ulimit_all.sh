# not-dash: -a layout, labels for several resources and the setrlimit error status are bash's (dash: its own table, status 2)
# ulimit -a lists every resource in bash's layout; several resources are labelled likewise.
ulimit -a | wc -l
ulimit -a | cut -c1-41
ulimit -Ha | wc -l
(ulimit -Sf 100; ulimit -Sn 50; ulimit -a | grep -e '^file size' -e '^open files')
(ulimit -Sf 100; ulimit -Sn 50; ulimit -n -f)
ulimit -p
(ulimit -p 8; echo "st=$?")
# A soft limit above the hard one is refused (status 1).
(ulimit -Hn 100; ulimit -Sn 200; echo "st=$?"; ulimit -n)
(ulimit -Sf 50; ulimit -Hf 100; ulimit -Sf hard; ulimit -f; ulimit -Hf soft; ulimit -Hf)
