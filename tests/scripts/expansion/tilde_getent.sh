# ~user for a user /etc/passwd does not know asks getent(1), found in PATH: the static ipsh
# cannot load NSS modules (LDAP, sssd), the system's getent can. A name getent does not know,
# or one that is not a plain user name, stays as written.
# not-dash: dash asks NSS itself and never runs getent
mkdir bin
cat > bin/getent <<'END'
#!/bin/sh
[ "$1" = passwd ] || exit 2
case $2 in
alice) echo 'alice:x:1234:1234:Alice:/home/alice-ldap:/bin/sh' ;;
*) echo "getent asked for $2" >&2; exit 2 ;;
esac
END
chmod +x bin/getent
PATH=$PWD/bin:$PATH
echo ~alice ~alice/docs ~nobody-here
x=~alice:~alice
echo "$x"
echo ~-x ~a*b
