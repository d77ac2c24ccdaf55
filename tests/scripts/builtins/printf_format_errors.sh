# not-dash: dash exits 2 for a bad directive and rejects %ld; bash and ipsh use 1 and skip C length modifiers
# printf: a malformed conversion stops the output at that point with status 1 (as in bash).
printf 'before %z after\n' 1; echo "st=$?"
printf 'x%'; echo "st=$?"
printf 'y%5'; echo "st=$?"
printf 'z%-.3'; echo "st=$?"
printf '%5%|\n'; echo "st=$?"
# Length modifiers are accepted and ignored, so C-style formats work.
printf '%ld %lld %hd %jd %zd\n' 1 2 3 4 5; echo "st=$?"
printf '%lu %lx %Lf\n' 7 255 1.5
