# kill -l: exit statuses and numbers translate to names (XCU kill); the full list has one
# name per line, without the SIG prefix.
kill -l 130
kill -l 2
kill -l 143
kill -l 137
kill -l 129
kill -l 9
kill -l 15; echo "st=$?"
kill -l | grep -x HUP
kill -l | grep -x TERM
kill -l | grep -x KILL
kill -l | grep -x USR1
kill -l | grep -c SIG; echo "no SIG prefix: st=$?"
