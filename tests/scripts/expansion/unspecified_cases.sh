# not-dash: POSIX leaves these unspecified; ipsh follows bash 5.2 and dash does not
# `.*` never produces . and .. (POSIX.1-2024 allows either; dash lists them, bash 5.2 does not).
mkdir d && cd d && touch .hidden visible
echo .*
cd ..
# With HOME unset, ~ is the user's home directory from the password database, as in bash
# (dash leaves ~ as it is).
unset HOME; z=~; case $z in /*) echo "home from passwd";; *) echo "[$z]";; esac
# `,` in arithmetic (not required by POSIX; bash and ksh have it, dash does not).
echo $((x = 4, x * 2))
# An expansion error inside the EXIT trap does not change the exit status (bash: 0; dash: 2).
"$IPSH" -c 'trap "echo \${x?}" EXIT; true' 2>/dev/null; echo "status $?"
