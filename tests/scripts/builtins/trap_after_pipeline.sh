# A pending trap runs right after the pipeline that raised it, before the rest of an
# && list; a special-builtin error in the action ends the shell there.
trap 'echo usr1 trap' USR1
kill -s USR1 $$ && echo "after kill"
trap 'set -o bad@option' INT
kill -s INT $$ && echo not reached
