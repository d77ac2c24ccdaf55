# not-dash: ipsh's own syntax error messages
# Syntax errors: message with line and token, status 2, nothing after runs.
"$IPSH" -c 'echo ok; a)'; echo "status $?"
"$IPSH" -c 'if true; then echo x; fi fi'; echo "status $?"
"$IPSH" -c 'echo a && && echo b'; echo "status $?"
"$IPSH" -c '| echo'; echo "status $?"
"$IPSH" -c 'while true; do'; echo "status $?"
"$IPSH" -c 'case x in'; echo "status $?"
"$IPSH" -c 'echo ${x'; echo "status $?"
"$IPSH" -c 'echo $(echo'; echo "status $?"
"$IPSH" -c 'echo ${x!y}'; echo "status $?"
"$IPSH" -c 'f() echo'; echo "status $?"
"$IPSH" -c 'for 1 in a; do :; done'; echo "status $?"
"$IPSH" -c '{ }'; echo "status $?"
"$IPSH" -c 'echo ;;'; echo "status $?"
printf 'echo line1\necho line2\nfi\necho line4\n' > s.sh; "$IPSH" s.sh; echo "script status $?"
printf 'echo one\nif true\n' > t.sh; "$IPSH" t.sh; echo "script status $?"
# An unquoted $(...) or $((...)) in a here-document delimiter is a syntax error (dash); a
# quoted one is taken as text.
printf 'cat <<$(a)\nhere\n$(a)\necho after\n' > h.sh; "$IPSH" h.sh; echo "heredoc delimiter status $?"
printf 'cat <<"$(a)"\nhere\n$(a)\n' > q.sh; "$IPSH" q.sh; echo "quoted delimiter status $?"
