# `local -` in a function: the shell options come back as they were when the function
# returns, however it returns; options set by functions it calls are undone too (dash, bash).
# ($- lists the letters in an unspecified order: opts prints C, f and u in a fixed one.)
opts() {
    r=
    for l in C f u; do case $- in *$l*) r=$r$l;; esac; done
    echo "${r:-none}"
}
f() { local -; set -f -u; g; echo "in f: $(opts)"; }
g() { set -C; }
f
echo "after f: $(opts)"
h() { local - x=1; set -f; return 3; }
h; echo "h returned $?: $(opts)"
# Without `local -`, set in a function is global.
k() { set -f; }
k; echo "after k: $(opts)"
set +f
# Nested: each function puts back its own starting point.
outer() { local -; set -u; inner; echo "outer after inner: $(opts)"; }
inner() { local -; set -f; echo "inner: $(opts)"; }
outer; echo "top: $(opts)"
