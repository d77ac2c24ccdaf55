# cd and pwd: logical and physical paths, cd -, HOME, CDPATH, OLDPWD, errors.
base=$(pwd -P)
mkdir -p real/inner; ln -s real link
cd link; echo "logical: ${PWD#$base}"; pwd | sed "s|^$base||"; pwd -P | sed "s|^$base||"
cd ..; echo "back: ${PWD#$base}"
cd -P link; echo "physical cd: ${PWD#$base}"
cd "$base"
cd link/inner; cd ..; echo "dotdot is lexical: ${PWD#$base}"
cd "$base"
cd real; cd - > /dev/null; echo "cd -: ${PWD#$base} old: ${OLDPWD#$base}"
cd - | sed "s|^$base||"; cd "$base"
HOME=$base/real; cd; echo "HOME: ${PWD#$base}"; cd "$base"
CDPATH=$base/real; cd inner | sed "s|^$base||"; echo "via CDPATH: ${PWD#$base}"; unset CDPATH; cd "$base"
cd /nonexistent 2>/dev/null || echo "missing dir fails"
touch plainfile; cd plainfile 2>/dev/null || echo "not a directory fails"
cd ./real/../real; echo "dot segments: ${PWD#$base}"
cd "$base"; cd //; pwd; cd "$base"
(cd /tmp && pwd)
echo "unchanged: ${PWD#$base}"
