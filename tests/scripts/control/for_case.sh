# for loops (with and without `in`) and case (patterns, |, fall-through ;&, empty).
for i in a b c; do printf_free=1; echo "for $i"; done
for i in; do echo never; done; echo "empty list: $?"
set -- x 'y z'
for arg; do echo "arg [$arg]"; done
for arg do echo "no semicolon [$arg]"; done
for i in 1 2
do
  echo "multi-line $i"
done
for w in $(echo one two); do echo "from cmdsub $w"; done
for f in *.nomatch; do echo "unmatched glob: $f"; done
echo "loop var after: $i"
for case in case; do echo "reserved-word-like name: $case"; done
for x in a b; do case $x in a) echo "case a";; b) echo "case b";; esac; done
case hello in
  h*llo) echo "glob pattern";;
  *) echo "default";;
esac
case x in a|b|x) echo "alternatives";; esac
case abc in (a*) echo "leading paren";; esac
case "" in '') echo "empty string";; esac
case no in yes) echo yes;; esac; echo "no match status: $?"
case a in a) ;; esac; echo "empty body status: $?"
case '*' in \*) echo "escaped star";; *) echo other;; esac
case 'a*' in "a*") echo "quoted pattern";; esac
p='b*'; case bee in $p) echo "pattern from variable";; esac
case bee in "$p") echo no;; *) echo "quoted variable is literal";; esac
case x in
  (x)
    echo "multi-line item"
    ;;
esac
case $(echo sub) in sub) echo "subject from cmdsub";; esac
case [ in \[) echo "bracket";; esac
case ab in [!b]b) echo "negated class";; esac
