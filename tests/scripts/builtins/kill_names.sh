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
