# `return` in a trap action returns from the function that was running when the signal
# came; without an operand it uses $? from before the action (XCU return). A return inside
# a function called by the action only ends that function.
trap '(exit 1); return; echo not reached' INT
f() {
    (kill -INT $$; exit 2)
    echo not reached either
}
f
echo "f returned $?"
g() { trap 'return 5' USR1; kill -USR1 $$; echo not reached; }
g
echo "g returned $?"
trap - INT USR1
fn() { true; return; }
trap 'fn; echo "fn returned $?"' USR1
(kill -s USR1 $$; exit 19)
:
