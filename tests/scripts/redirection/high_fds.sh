# not-dash: dash accepts only descriptors 0-9
# Descriptors 10 and up are the user's too: the shell moves its own out of the way, so the
# file opened for `exec 10>f` really ends up at 10 (flock idioms use it).
exec 10>ten
echo ten >&10
exec 11>eleven 12>twelve
echo eleven >&11; echo twelve >&12
cat ten eleven twelve
exec 10>&- 11>&- 12>&-
echo closed >&10 2>/dev/null || echo "10 is closed again"
{ echo in a group >&13; } 13>thirteen
cat thirteen
rm ten eleven twelve thirteen
