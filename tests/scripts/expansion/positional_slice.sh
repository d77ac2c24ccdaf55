# not-dash: ${@:offset:length} is bash
# ${@:off:len} and ${*:off:len} count $0 as position 0; a negative offset counts back from
# the end, and one that reaches before $0 selects nothing (bash).
set -- v1 v2 v3
echo "[${*:0:2}] [${*:1:2}] [${*:2}] [${*:5}]"
echo "[${*: -1}] [${*: -3}] [${*: -4}] [${*: -5}] [${*: -4:2}] [${*: -5:2}]"
set --
echo "[${*:0}] [${*:1}] [${*: -1}] [${*: -2}]"
