# not-dash: ipsh IPC builtins
# Names are `/name` or `name`, one component, checked before any system call (status 2 and a
# message that says what is wrong). The same rules hold for the three builtins.
P=$IPSH_TEST_PREFIX
for name in '' / // /a/b a/b /. .. "/$(printf 'a\tb')" "/$(printf '%0256d' 0)"; do
    mq create "$name" 2>err; echo "mq create: status=$?"
    sed 's/0\{256\}/<256 zeros>/' err
done
shm create /a/b 8 2>&1; echo "shm create: status=$?"
sem create "/$(printf '%0252d' 0)" 2>&1 | sed 's/0\{252\}/<252 zeros>/'
sem unlink ok /x/y 2>&1; echo "sem unlink checks every name first: status=$?"
# 255 bytes is the limit for queues and shared memory, 251 for semaphores.
pad=$((255 - ${#P}))
mq create "${P}$(printf "%0${pad}d" 0)" && mq unlink "${P}$(printf "%0${pad}d" 0)" && echo "a 255-byte queue name works"
shm create "${P}$(printf "%0${pad}d" 0)" 1 && shm unlink "${P}$(printf "%0${pad}d" 0)" && echo "a 255-byte shm name works"
pad=$((251 - ${#P}))
sem create "${P}$(printf "%0${pad}d" 0)" && sem unlink "${P}$(printf "%0${pad}d" 0)" && echo "a 251-byte semaphore name works"
