# set -u, -f, -a, -C, -x, -v, -o listing, set --, set -.
set -u; (echo "$undefined") 2>/dev/null || echo "-u: unset is an error"
echo "${undefined-default}" "${undefined:+alt}" "$#" "$@" "$*"; set +u
set -f; echo /*; set +f
set -a; auto=exported; sh -c 'echo "-a: $auto"'; set +a
notauto=x; sh -c 'echo "+a: [$notauto]"'
set -- one two three; echo "$# $2"
set --; echo "$#"
set -- -x; echo "dash-x as argument: $1"
set -o | grep -E '^(errexit|noglob|nounset) ' | sed 's/[[:space:]]\{1,\}/ /'
set -o noglob; case $- in *f*) echo "noglob via -o";; esac; set +o noglob
set +o | grep -c 'set [-+]o' | grep -q '[0-9]' && echo "set +o lists options"
x=1; (set -x; : trace me "$x") 2>&1 | sed 's/^+* *//'
(set -v; : verbose line) 2>&1
case $- in *u*) echo "u still set";; *) echo "u is off";; esac
set -e -u; case $- in *e*) echo "e set";; esac; case $- in *u*) echo "u set";; esac; set +eu
