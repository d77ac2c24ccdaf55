# not-dash: dash words its messages differently, and ends the shell with status 2 after an
# expansion or assignment error where ipsh, bash and ksh use 1 (POSIX asks only for a
# non-zero status); the behaviour is the same.
# POSIX XCU 2.8.1: what ends a non-interactive shell and what only sets a status.
cd /nonexistent_dir; echo "regular builtin error continues: $?"
nosuchcommand_q; echo "command not found continues: $?"
cat < /nonexistent; echo "redirection error continues: $?"
(shift 5; echo "not reached") ; echo "special builtin error ends the (sub)shell: $?"
(readonly r=1; r=2; echo "not reached"); echo "readonly assignment ends the (sub)shell: $?"
(echo ${u?unset here}; echo "not reached"); echo "expansion error ends the (sub)shell: $?"
(eval 'if'; echo "not reached"); echo "syntax error in eval ends the (sub)shell: $?"
(command shift 5; echo "command makes it non-fatal: $?")
(set -u; echo $undefined_var; echo "not reached"); echo "set -u ends the (sub)shell: $?"
(export 1bad=x; echo "not reached"); echo "bad name for export: $?"
(unset -v 1bad; echo "not reached"); echo "bad name for unset: $?"
echo "last line"
echo $((1/0))
echo "not reached"
