# not-dash: checks ipsh's own manual against its builtin table
# Every builtin that `help` lists has an entry in ipsh(1) or ipsh-ipc(7), and the pages
# render without warnings.
man1=$IPSH_SOURCE_ROOT/man/ipsh.1
man7=$IPSH_SOURCE_ROOT/man/ipsh-ipc.7
missing=0
for name in $("$IPSH" -c help | sed 1d | cut -d' ' -f1); do
  case $name in
    mq|shm|sem) page=$man7 ;;
    *) page=$man1 ;;
  esac
  if ! grep -q -F -e ".B $name " -e ".B $name
" -e ".BR $name " -e ".B $name\\&" "$page" && ! grep -q -x -F ".B $name" "$page"; then
    echo "undocumented: $name"; missing=1
  fi
done
echo "missing=$missing"
for page in "$man1" "$man7"; do
  MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null | head -3
done
echo "rendered"
