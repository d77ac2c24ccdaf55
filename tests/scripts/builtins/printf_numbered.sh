# printf %n$ and *m$ (POSIX 2024): conversions name their operand; each pass of the format
# uses up to the highest operand it named.
# not-dash: dash 0.5.12 has no numbered conversions
printf '%2$s %1$s\n' a b c d
printf '%1$s-%1$s\n' x y
printf '[%1$*2$s]\n' hi 5
printf '%3$s|\n' only
