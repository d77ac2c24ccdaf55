# not-dash: ERR, DEBUG, set -E and set -T are bash
# set -E (errtrace): the ERR trap also runs in functions and subshells; set -T (functrace)
# does the same for DEBUG. LINENO after a function call is the call's line again.
trap 'echo "err line=$LINENO"' ERR
passing() {
    false
    true
}
failing() {
    true
    false
}
passing
failing
set -o errtrace
case $- in *E*) echo "now with errtrace" ;; esac
passing
failing
( false; echo subshell )
{ false; echo async; } & wait
set +E
( false; echo "subshell without" )
trap - ERR
# set -T is on and off like any option (its DEBUG runs are checked by hand: bash also runs
# DEBUG once more when a function is entered).
set -T
case $- in *T*) echo "functrace on" ;; esac
set +T
set -o | grep -E 'errtrace|functrace' | tr -s ' \t' ' '
