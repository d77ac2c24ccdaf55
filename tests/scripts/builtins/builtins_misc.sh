# eval, ., exec, shift, return, exit, command, type, alias, unset, export, readonly.
eval 'a=1; b=2'; echo "eval: $a $b"
eval echo '$a'
cmd='echo "quoted in eval"'; eval "$cmd"
echo 'echo "sourced $#"; sourced_var=yes' > lib.sh
. ./lib.sh; echo "$sourced_var $#"
echo 'return 4; echo no' > ret.sh; . ./ret.sh; echo ". return: $?"
set -- 1 2 3 4; shift; echo "$*"; shift 2; echo "$*"; shift 0; echo "$*"
command echo "command echo"
command -v echo; command -v sh >/dev/null && echo "command -v finds sh"
command -v nonexistent_cmd_x || echo "command -v missing: fails"
f() { echo function; }; command f 2>/dev/null || echo "command skips functions"
type echo; type f >/dev/null && echo "type f ok"
alias ll='echo aliased'
eval 'll arg'
unalias ll; eval 'll' 2>/dev/null || echo "unaliased"
v=1; unset v; echo "[${v-unset}]"
export e1=val; sh -c 'echo "exported $e1"'
export -p | grep -q 'export e1=' && echo "export -p lists e1"
readonly ro=const; readonly -p | grep -q "readonly ro='const'" && echo "readonly -p lists ro"
(unset ro) 2>/dev/null || echo "unset readonly fails"
(exec echo "exec replaces subshell"; echo never)
(exit 3); echo "exit in subshell: $?"
true; exit
echo never
