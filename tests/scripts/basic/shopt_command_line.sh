# not-dash: -O is bash's
# -O name and +O name set and unset shopt options from the command line (bash).
"$IPSH" -O nullglob -c 'echo foo *.nonexistent bar; shopt -p nullglob'
"$IPSH" +O nullglob -c 'echo foo *.nonexistent bar'
"$IPSH" -O extglob -c 'case ab in @(ab|cd)) echo extglob on ;; esac'
"$IPSH" -O bogus -c 'echo not run' 2>&1 | head -1
echo "status $?"
"$IPSH" -O bogus -c 'echo not run' 2>/dev/null
echo "status $?"
