# not-dash: dash copies from the permissions before the whole mode (POSIX and GNU chmod apply clauses in order), accepts large octal values, `u`, `g=ur` and a trailing comma
# umask: a permission copy (g=u) reads the permissions as left by the earlier clauses.
umask 027; umask u=rwx,g=u,o=g; umask
umask 077; umask g=u; umask -S
umask 0; umask o=g-x; umask
umask 1234567; echo "st=$?"; umask
umask ''; echo "st=$?"; umask
# POSIX grammar: a clause needs an action, and no empty clause.
umask 022
umask u; echo "st=$?"; umask
umask u=rw,; echo "st=$?"; umask
umask g=ur; echo "st=$?"; umask
