# local (as in dash): local copies the outer value, restores it on return; dynamic scope.
x=global
f() { local x; echo "local starts as: $x"; x=changed; g; }
g() { echo "g sees: $x"; }
f; echo "after f: $x"
h() { local y=5 z; y=6; z=7; echo "h: $y $z"; }
y=1; unset z; h; echo "after h: $y [${z-unset}]"
r() { local n=$1; if [ $n -gt 0 ]; then r $((n-1)); fi; echo "level $n"; }
r 3
k() { local v=inner; unset v; echo "unset local: [${v-unset}]"; }; v=outer; k; echo "after k: $v"
m() { local a=1 b=2; echo "$a$b"; }; m; echo "[$a$b]"
