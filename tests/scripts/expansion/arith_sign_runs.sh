# A run of + and - signs is an increment or decrement only next to a variable name (an
# extension dash lacks; see arithmetic.sh); before or after anything else each sign is a
# binary or unary operator: 2--3 is 2 - -3 (dash and bash agree).
echo $((2--3)) $((2---3)) $((2+++3)) $((2++3)) $((2-- 3))
echo $((--3)) $((++3)) $((-- 3)) $((- -3)) $(((1)--2)) $((1 - - - 1))
