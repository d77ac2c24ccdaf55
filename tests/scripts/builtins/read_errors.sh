# read: usage errors give status 2 (as dash; bash uses 1). A bad name is found when it is
# assigned, after the line was consumed and the names before it were set (dash and bash).
printf 'data\n' > in
read -z x < in; echo "st=$?"
read 1abc < in; echo "st=$?"
read 'a-b' < in; echo "st=$?"
printf 'l1\nl2\n' > in2
{ read ok 9bad; echo "st=$? ok=[$ok]"; read rest; echo "[$rest]"; } < in2
readonly RO=1
# read into a readonly variable fails (status 1 as in bash; dash uses 2).
echo foo | { read RO; case $? in 0) echo "st=0";; *) echo "st=failed";; esac; }
echo "RO=$RO"
