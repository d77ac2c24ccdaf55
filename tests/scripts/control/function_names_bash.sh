# not-dash: dash takes only names (POSIX); bash and ipsh take any plain word as a function
# name, even one with = (which then cannot be an assignment).
foo-bar() { echo "foo-bar runs"; }
foo-bar
file.ext ( ) { echo "file.ext runs"; }
file.ext
func-name=ext() { echo "func-name=ext runs"; }
func-name=ext
# A valid assignment, a word with quotes or expansions, or one with a slash is refused: a
# syntax error, status 2.
"$IPSH" -c 'a=b() { :; }'; echo "assignment: $?"
"$IPSH" -c 'a/b() { :; }'; echo "slash: $?"
"$IPSH" -c '"q"() { :; }'; echo "quoted: $?"
"$IPSH" -c '$x() { :; }'; echo "expansion: $?"
