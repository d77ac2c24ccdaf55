# not-dash: <<< (here-string) is bash, ksh and zsh; dash has none.
x="two words"
cat <<< "here $x"
cat <<<$x
cat <<< 'no $expansion'
tr a-z A-Z <<< "$(echo from cmdsub)"
read -r a b <<< "$x"; echo "[$a][$b]"
cat <<< "$(printf 'a\nb')" | wc -l
cat 3<<< "fd three" <&3
cat <<< ""
f() { cat; }; f <<< function
