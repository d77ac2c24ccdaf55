# not-dash: pushd and popd (bash) change directory as cd does; DIRSTACK mirrors the stack
mkdir -p dirs/x other
show() { sed "s|$HOME|HOME|g" "$HOME/log"; }
CDPATH=$HOME/dirs
cd other
echo "-- CDPATH applies to pushd, which then prints the directory like cd"
pushd x >"$HOME/log"; show; echo "PWD=${PWD#$HOME} OLDPWD=${OLDPWD#$HOME}"
echo "-- pushd - goes to OLDPWD"
pushd - >"$HOME/log"; show; echo "PWD=${PWD#$HOME}"
echo "-- popd sets PWD and OLDPWD"
popd; echo "PWD=${PWD#$HOME} OLDPWD=${OLDPWD#$HOME}"
echo "-- DIRSTACK: the current directory, then the stack"
echo "${#DIRSTACK[@]}: ${DIRSTACK[*]#$HOME}"
DIRSTACK[1]=/elsewhere; DIRSTACK[0]=/ignored; DIRSTACK[9]=/ignored
dirs
echo "-- a subshell has its own copy"
(pushd -n /sub >/dev/null; dirs)
dirs
