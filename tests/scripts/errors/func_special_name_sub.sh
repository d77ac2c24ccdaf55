# The failing definition ends only the subshell it is in.
# not-dash: dash rejects the name while parsing, so the whole script fails at once
(set() { :; }; echo not reached)
echo "status $?"
