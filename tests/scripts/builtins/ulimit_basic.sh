# ulimit: shows and sets limits; -f is the default resource; without -H or -S both limits are
# set; -f and -c count 512-byte blocks, -d -s -v KiB (bash in POSIX mode, dash).
(ulimit -f 1000; ulimit -f; ulimit; ulimit -Sf; ulimit -Hf)
(ulimit -Sf 500; ulimit -Hf 1000; ulimit -f; ulimit -Hf; ulimit -Sf)
(ulimit -Sf 10; ulimit -Hf 2000; ulimit -Sf hard 2>/dev/null || ulimit -Sf 2000; ulimit -f)
# Lowering the hard limit below the soft one is refused (dash and bash agree).
(ulimit -Sf 500; ulimit -Hf 100 2>/dev/null || echo refused; ulimit -f)
(ulimit -c 0; ulimit -c; ulimit -Hc)
(ulimit -n 64; ulimit -n)
(ulimit -t 100; ulimit -t)
(ulimit -s 4096; ulimit -s)
(ulimit -d 1048576; ulimit -d)
(ulimit -v 1048576; ulimit -v)
(ulimit -l 64; ulimit -l)
# Units: the kernel sees 512-byte blocks for -f and KiB for -l. (Not -v here: a sanitizer
# build cannot start a child under a small address-space limit.)
(ulimit -f 4; awk '/Max file size/ {print $4}' /proc/self/limits)
(ulimit -Sl 64; awk '/Max locked memory/ {print $4}' /proc/self/limits)
(ulimit -Sn 77; awk '/Max open files/ {print $4}' /proc/self/limits)
# A file size limit stops writes at that size (SIGXFSZ, ignored here so the writer gets EFBIG).
(ulimit -f 1; trap '' XFSZ; head -c 2000 /dev/zero > big 2>/dev/null; wc -c < big)
# unlimited, when the hard limit allows it.
(if [ "$(ulimit -Hc)" = unlimited ]; then ulimit -Sc 0; ulimit -Sc unlimited; ulimit -c; else echo unlimited; fi)
# Limits set in a subshell don't leak out; in the shell they stay for later commands.
(ulimit -Sn 50); test "$(ulimit -n)" != 50 && echo "not leaked"
ulimit -Sn 60; ulimit -n; sh -c 'ulimit -n'
# Errors: a bad number or too many operands (status 2, as dash; bash uses 1 and ignores
# extra operands) leave the limit alone.
ulimit -Sf 300
ulimit -f abc; echo "st=$?"
ulimit -f -5; echo "st=$?"
ulimit -f 10 20; echo "st=$?"
ulimit -Q; echo "st=$?"
ulimit -f
