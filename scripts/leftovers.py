"""What a test may leave behind: live processes of a session or process group, and POSIX IPC
objects under a name prefix. Shared by scripts/run_golden.py and tests/interactive/harness.py."""
import os


def _live(field, value, exclude=()):
    """Live (non-zombie) pids whose /proc/<pid>/stat field `field` (after the command name:
    2 is the process group, 3 the session) equals `value`."""
    pids = []
    for entry in os.listdir('/proc'):
        if not entry.isdigit() or int(entry) in exclude:
            continue
        try:
            with open(f'/proc/{entry}/stat') as f:
                stat = f.read()
            fields = stat[stat.rindex(')') + 2:].split()
            if int(fields[field]) == value and fields[0] != 'Z':
                pids.append(int(entry))
        except (OSError, ValueError, IndexError):
            pass
    return pids


def session_members(sid, exclude=()):
    """Live (non-zombie) pids whose session is `sid`."""
    return _live(3, sid, exclude)


def group_members(pgid):
    """Live (non-zombie) pids whose process group is `pgid`."""
    return _live(2, pgid)


def leftover_ipc(prefix):
    """Message queues, shared-memory objects and named semaphores whose name starts with
    `prefix`."""
    found = []
    for d in ('/dev/mqueue', '/dev/shm'):
        try:
            for name in os.listdir(d):
                n = name[4:] if name.startswith('sem.') else name
                if n.startswith(prefix):
                    found.append(os.path.join(d, name))
        except OSError:
            pass
    return found
