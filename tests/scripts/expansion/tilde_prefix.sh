# A tilde-prefix runs to the first unquoted slash and must be all unquoted literal text:
# ~"user" and ~$user are left alone. In assignments every ~ after a colon expands, also
# after a component without one.
HOME=/foo/bar
LOGNAME=root
printf '[%s]' ~"$LOGNAME" ~$LOGNAME ~'x' ~"/a" ~/b; echo
a=~:x:~/y:~:~
echo "$a"
b=x:y:~
echo "$b"
