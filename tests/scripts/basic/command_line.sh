# not-dash: exercises ipsh's own command line
# $0, $1..., $# and $@ from -c and script arguments; -s; -n.
"$IPSH" -c 'echo "0=$0 #=$# 1=$1 2=$2"' name one two
"$IPSH" -c 'echo "$@"' zero a 'b c'
echo 'echo "stdin: $1 $#"' | "$IPSH" -s x y
printf 'echo "script: $0 $1"\n' > s.sh; "$IPSH" s.sh arg
printf 'echo never\nif true; then\n' > bad.sh; "$IPSH" -n bad.sh; echo "syntax check: $?"
"$IPSH" -n -c 'echo not run'; echo "noexec: $?"
"$IPSH" -c 'echo hello | tr a-z A-Z'
"$IPSH" -c 'cat <<EOF
x
EOF'
"$IPSH" -c 'echo "open'; echo "unterminated: $?"
"$IPSH" --bogus 2>/dev/null; echo "bad option: $?"
"$IPSH" --version
"$IPSH" -ec 'false; echo no'; echo "errexit from command line: $?"
"$IPSH" -o pipefail -c 'false | true; echo "pipefail: $?"'
"$IPSH" nonexistent.sh; echo "missing script: $?"
"$IPSH" +c 'echo "+c reads a command string too: $0 $1"' zero one   # dash, bash
