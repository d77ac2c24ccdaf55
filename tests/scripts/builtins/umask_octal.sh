# umask: prints the mask as four octal digits; sets it from an octal number.
umask 022; umask
umask 027; umask
umask 0; umask
umask 777; umask
umask 0177; umask
umask 7; umask
umask 00022; umask
# The mask applies to files the shell creates.
umask 077
: > private
ls -l private | cut -c1-10
umask 022
: > public
ls -l public | cut -c1-10
mkdir d; ls -ld d | cut -c1-10
# Errors leave the mask unchanged (status 2, as dash).
umask 022
umask 8; echo "st=$?"; umask
umask 0x12; echo "st=$?"; umask
umask -z; echo "st=$?"; umask
# A subshell's umask does not leak out.
(umask 0777; umask); umask
