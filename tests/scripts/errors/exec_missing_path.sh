# not-dash: dash reports all of these as "not found"
# A command path that leads nowhere is status 127 like a missing file (XCU 2.8.2; dash):
# through a regular file (ENOTDIR) or with a name too long (ENAMETOOLONG). A directory or
# a file without execute permission is 126.
: > plain
plain/cmd; echo "status $?"
./$(printf '%0300d' 0)$(printf '%0300d' 0) 2>/dev/null; echo "status $?"
( plain/cmd ) 2>/dev/null; echo "status $?"
plain/cmd 2>/dev/null | cat; echo "pipestatus ${PIPESTATUS[0]}"
mkdir dir; ./dir; echo "status $?"
./plain; echo "status $?"
# The message goes where the command's standard error would have gone.
./plain 2>&1 >/dev/null | sed 's/^/piped: /'
plain/cmd 2>err.txt; sed 's/^/file: /' err.txt
