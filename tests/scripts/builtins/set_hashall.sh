# not-dash: dash has no set -h
# set -h (XCU set): the utilities a function names are found and remembered when the
# function is defined, not when it first runs. Builtins, functions and words with
# expansions or a slash are left alone; nested definitions wait until they run.
PATH=/usr/bin:/bin
set -h
hash -r
f() {
    ls
    if true; then touch x; fi
    while false; do rm x; done
    echo builtin
    "$cmd" quoted
    ./local
    inner() { sort; }
}
hash
case $- in *h*) echo "h in \$-" ;; esac
set +h
hash -r
g() { cat; }
hash
echo "status $?"
