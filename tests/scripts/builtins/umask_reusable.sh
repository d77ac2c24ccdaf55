# not-dash: umask -p is bash
# umask -p prints a umask command that sets the mask again (with -S, in symbolic form).
umask 027
umask -p
umask -pS
saved=$(umask -p)
umask 077
eval "$saved"
umask
umask -p 022
umask
