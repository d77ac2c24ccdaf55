# not-dash: dirs, pushd and popd are bash's directory stack
# HOME is the test's directory, so dirs writes it as ~; -l output has HOME replaced here.
mkdir -p a b c home2 home2x
long() { dirs -l "$@" | sed "s|$HOME|HOME|g"; }
dirs
popd; echo "status $?"
pushd; echo "status $?"
echo "-- pushd dir: cd there, keep the old one"
pushd a; echo "status $? PWD=${PWD#$HOME} OLDPWD=${OLDPWD#$HOME}"
pushd ../b
pushd "$HOME/c" >/dev/null
dirs -v
dirs -p
long
dirs +1; dirs -1; dirs -v -0
echo "DIRSTACK: ${DIRSTACK[*]#$HOME}"
echo "-- pushd alone swaps; +N and -N rotate"
pushd; echo "PWD=${PWD#$HOME}"
pushd +2; echo "PWD=${PWD#$HOME}"
pushd -1; echo "PWD=${PWD#$HOME}"
echo "-- pushd -n changes only the stack"
pushd -n /nonexistent_dir
pushd -n; echo "status $?"
echo "-- popd removes the top and changes to the next; +N/-N remove without cd"
popd +1
popd -0
popd; echo "PWD=${PWD#$HOME}"
popd -n
popd; echo "status $?"
echo "-- a directory that cannot be entered leaves the stack as it was"
# (bash 5.2 puts the current directory on the stack anyway when `pushd` fails to swap)
pushd -n /nonexistent_dir >/dev/null
popd; echo "status $?"
pushd; echo "status $?"
dirs
dirs -c; dirs; echo "status $?"
echo "-- ~ only for whole components of HOME"
cd "$HOME/home2x"
(HOME=$HOME/home2 dirs; HOME=${PWD%x} dirs; HOME=$PWD dirs) | sed "s|^$HOME/|HOME/|"
echo "-- errors"
dirs +5; echo "status $?"
dirs -lv; echo "status $?"
dirs x; echo "status $?"
pushd +5; echo "status $?"
pushd -n a >/dev/null
pushd +5; echo "status $?"
pushd +x; echo "status $?"
pushd a b; echo "status $?"
pushd nonexistent_dir; echo "status $?"
popd +5; echo "status $?"
popd zzz; echo "status $?"
