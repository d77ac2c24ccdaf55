# printf: every POSIX conversion with flags, width and precision (XCU printf, XBD 5).
printf '%d %i %d %i\n' 42 -42 0 +7
printf '%o %u %x %X\n' 8 42 255 255
printf '%u %x %o\n' -1 -1 -1
printf '%d %d\n' 9223372036854775807 -9223372036854775808
printf '%c|%c|%c\n' abc x 1
printf '%s|%s|%s\n' hello "two words" ''
printf '%e %E\n' 12345.678 0.000123
printf '%f %F\n' 3.14159 2.5
printf '%g %G %g %g\n' 100000 1e-10 1000000 0.0001
printf '%a %A\n' 1 2
printf '%f %F %e\n' inf -inf 1e300
printf '100%%\n'
printf '%%d%s\n' x
# Flags.
printf '[%-5d][%5d][%05d][%+d][% d][%+d][% d]\n' 42 42 42 42 42 -42 -42
printf '[%#o][%#x][%#X][%#o][%#x]\n' 8 255 255 0 0
printf '[%-+5d][%+-5d][%0-5d][%-05d]\n' 3 3 1 2
printf '[%#g][%#.0f][%#.3g]\n' 1 3 1
# Width and precision.
printf '[%10s][%-10s][%.2s][%10.4s][%-10.2s][%.s]\n' abc abc abcdef abcdef abcdef abc
printf '[%.3d][%8.3d][%-8.3x][%08.3d][%.0d][%.0x]\n' 5 5 255 5 0 0
printf '[%.2f][%10.4f][%-10.2e][%.0e][%+.3e][% .2f]\n' 2.675 3.14159265 31415.9 12345 1234.5 2
printf '[%5c][%-3c]\n' a b
# Width and precision from arguments, including negative values.
printf '[%*d][%-*d][%.*f]\n' 5 1 4 2 3 3.14159
printf '[%*s][%*s]\n' -6 left 6 right
printf '[%.*d][%*.*d]\n' -1 5 -6 -2 7
printf '[%*.*s]\n' 8 3 abcdef
# 64-bit limits and wrap-around of unsigned conversions.
printf '%x %o %X\n' 9223372036854775807 9223372036854775807 -9223372036854775808
printf '%i %d %d\n' 0x1f 010 -0x10
printf '%d %x %o\n' 0X10 0XfF 0777
