# A pattern that ends in a lone backslash (from a variable): POSIX leaves it unspecified;
# dash and bash match the backslash itself, and so does ipsh.
x='a\'
case 'a\' in $x) echo "case matches";; *) echo "no match";; esac
case 'ab' in $x) echo "wrong";; *) echo "a\\ is not ab";; esac
v='xa\'
echo "${v#x$x}|${v%\\}|${v%$x}"
