# not-dash: dash lists a leading "0" and real-time names, and refuses names after -l (bash prints their numbers)
# kill -l: the list, names to numbers, and errors.
kill -l
kill -l INT TERM sigkill Hup
kill -l 0; echo "st=$?"
kill -l 999; echo "st=$?"
kill -l FOO; echo "st=$?"
kill -l 2 FOO 15; echo "st=$?"
kill -l -- 9
# Several operands, each translated.
kill -l 143 137 129 2
# Real-time signals: the lower half is named from RTMIN up, the upper half from RTMAX down
# (bash); the names work wherever a signal name does.
kill -l 34 35 49 50 63 64
kill -l RTMIN RTMIN+3 rtmax-2 RTMAX
kill -l RTMIN+31 RTMAX-99 RTMIN3; echo "st=$?"
trap 'echo "got RTMIN+2"' RTMIN+2
kill -s RTMIN+2 $$
trap - RTMIN+2
