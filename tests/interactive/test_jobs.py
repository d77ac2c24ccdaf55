"""test_jobs.py: job control on a terminal: the shell's own process group and signals,
background notices, Ctrl-Z, jobs/fg/bg/kill/wait and job specifications, exit with stopped
jobs, the terminal and its modes around jobs, the state children start in."""
import os
import re
import signal

from harness import proc_state, proc_status_mask


def test_background_done_notice_once(spawn):
    sh = spawn()
    out = sh.run('sleep 0.3 &')
    m = re.match(r'\[1\] (\d+)\n', out)
    if not m:
        sh.fail(f'`sleep 0.3 &` printed {out!r}, expected "[1] <pid>"')
    sh.wait_proc_state(int(m.group(1)), ['Z', None])  # it ended (reaped or not yet)
    # The notice comes before the next prompt (this one at the latest), and only once.
    for _ in range(3):
        sh.sendline('')
        sh.expect_prompt()
    sh.run('true')
    if len(re.findall(r'^\[1\]\+  Done +sleep 0\.3$', sh.output(), re.M)) != 1:
        sh.fail('the Done notice did not appear exactly once')
    sh.close()


def test_background_job_pid_and_wait(spawn):
    sh = spawn()
    out = sh.run('sleep 0.2 & echo "pid=$!"')
    m = re.search(r'\[1\] (\d+)\npid=(\d+)\n', out)
    if not m or m.group(1) != m.group(2):
        sh.fail(f'job pid and $! differ: {out!r}')
    out = sh.run('wait; echo waited=$?')
    if 'waited=0' not in out:
        sh.fail(f'wait: {out!r}')
    sh.close()


def test_notify_done_notice_while_typing(spawn):
    # set -b: the notice appears at once, above the line being edited, which is redrawn.
    sh = spawn()
    sh.run('set -b')
    sh.sendline('sleep 0.2 &')
    sh.expect_prompt()
    sh.send('echo typed')
    sh.expect(r'\[1\]\+  Done +sleep 0\.2', timeout=3)
    # The line being typed is redrawn below the notice, intact.
    sh.expect_cursor_line(f'ipsh[{sh.prompt_number}]$ echo typed')
    screen = sh.screen_text().splitlines()
    if screen[-2:-1] != ['[1]+  Done                    sleep 0.2']:
        sh.fail(f'the notice is not on the row above the edited line: {screen[-3:]!r}')
    sh.sendline('')
    out = sh.expect_prompt()
    if not sh.has_line('typed'):
        sh.fail(f'the line typed around the notice did not run intact: {out!r}')
    sh.close()


def test_ctrl_z_then_fg_then_ctrl_c(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('sleep 30')
    sh.wait_job_foreground()
    sh.send_ctrl('z')
    out = sh.expect_prompt(timeout=3)
    if not re.search(r'\[1\]\+ +Stopped +sleep 30', out):
        sh.fail(f'no Stopped notice after Ctrl-Z: {out!r}')
    st = sh.status()
    if st != 148:
        sh.fail(f'$? after Ctrl-Z is {st}, expected 148 (128+SIGTSTP)')
    out = sh.run('jobs')
    if not re.search(r'\[1\]\+ +Stopped +sleep 30', out):
        sh.fail(f'jobs: {out!r}')
    sh.sendline('fg')
    sh.expect(r'sleep 30\n')
    sh.wait_job_foreground()
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=3)
    assert sh.status() == 130
    out = sh.run('jobs')
    if out:
        sh.fail(f'jobs after the job ended: {out!r}')
    sh.close()


def test_bg_continues_stopped_job(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('sleep 0.5; echo BODY_DONE')
    sh.wait_job_foreground()
    sh.send_ctrl('z')
    sh.expect_prompt(timeout=3)
    pid = int(sh.run('jobs -p'))
    out = sh.run('bg')
    if not re.search(r'\[1\]\+? .*sleep', out):
        sh.fail(f'bg printed {out!r}')
    sh.wait_proc_state(pid, ['Z', None])
    sh.sendline('')
    sh.expect_prompt()
    if len(re.findall(r'^\[1\]\+  Done +sleep 0\.5', sh.output(), re.M)) != 1:
        sh.fail('no single Done notice after the continued job ended')
    sh.close()


def test_exit_with_stopped_job_warns(spawn):
    # The job traps HUP and writes a file: it can only do so if the second `exit` sends it
    # SIGHUP and then SIGCONT (a stopped process runs no handler).
    sh = spawn(cols=120)
    sh.expect_prompt()
    sh.sendline("sh -c 'trap \"echo hup > hup_seen; exit\" HUP; kill -STOP $$; sleep 30'")
    out = sh.expect_prompt(timeout=3)
    if not re.search(r'^\[1\]\+  Stopped \(signal\) +sh -c', out, re.M):
        sh.fail(f'the job did not stop: {out!r}')
    sh.sendline('exit')
    out = sh.expect_prompt()
    if out.splitlines()[1:] != ['There are stopped jobs.']:
        sh.fail(f'exit with a stopped job: {out!r}, expected "There are stopped jobs."')
    out = sh.run('jobs')
    if 'Stopped' not in out:
        sh.fail(f'the warning did something to the job: {out!r}')
    sh.sendline('exit')
    sh.expect_eof()
    sh.close(exit=False, expect_status=0)
    if sh.output().count('There are stopped jobs.') != 1:
        sh.fail('the warning was printed more than once')
    hup = os.path.join(spawn.home, 'hup_seen')
    sh.wait_until(lambda: os.path.exists(hup), 'the stopped job never ran its HUP trap')


def test_ctrl_d_with_stopped_job_warns(spawn):
    # Ctrl-D is an exit: the same single warning, then the next Ctrl-D leaves.
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('sleep 30')
    pid = sh.wait_job_foreground()
    sh.send_ctrl('z')
    sh.expect_prompt(timeout=3)
    sh.send_ctrl('d')
    sh.expect_exact('There are stopped jobs.\n')
    sh.expect(r'ipsh\[%d\]\$ ' % sh.prompt_number)
    if proc_state(pid) != 'T':
        sh.fail(f'the job is {proc_state(pid)!r} after the warning, expected stopped')
    sh.send_ctrl('d')
    sh.expect_eof()
    sh.close(exit=False, expect_status=148)  # $? of the Ctrl-Z: 128+SIGTSTP
    if sh.output().count('There are stopped jobs.') != 1:
        sh.fail('the warning was printed more than once')


def test_foreground_child_starts_clean(spawn):
    sh = spawn()
    helper = spawn.helper
    if not helper:
        sh.fail('no print_state helper: run.py needs --helper build/tests/print_state')
    out = sh.run(f'{helper}')
    want = {'blocked:': 'blocked:', 'ignored:': 'ignored:', 'group leader:': 'group leader: yes'}
    lines = out.splitlines()
    for key, line in want.items():
        got = next((l for l in lines if l.startswith(key)), None)
        if got != line:
            sh.fail(f'foreground child: expected {line!r}, got {got!r} (all: {out!r})')
    fds = next((l for l in lines if l.startswith('fds:')), '')
    if fds != 'fds: 0 1 2':
        sh.fail(f'foreground child inherited extra descriptors: {fds!r}')
    sh.close()


def test_pipeline_shares_one_process_group_in_foreground(spawn):
    # Every stage of a pipeline is in the job's group, which owns the terminal: `ps -o`
    # reports the same pgid and tpgid for both stages.
    sh = spawn(cols=120)
    out = sh.run("ps -o pgid=,tpgid= -p $$ | cat; sh -c 'ps -o pgid=,tpgid= -p $$' | cat")
    rows = [r.split() for r in out.strip().splitlines()]
    if len(rows) != 2 or any(len(r) != 2 for r in rows):
        sh.fail(f'ps output: {out!r}')
    shell_pgid, _ = rows[0]
    child_pgid, child_tpgid = rows[1]
    if child_pgid == shell_pgid or child_pgid != child_tpgid:
        sh.fail(f'pipeline stage pgid={child_pgid} tpgid={child_tpgid} (shell pgid {shell_pgid})')
    sh.close()


def test_terminal_returns_to_shell_after_job(spawn):
    # After a foreground job the shell owns the terminal again: reading works and a
    # second job can take the terminal too.
    sh = spawn()
    for _ in range(2):
        out = sh.run('sh -c "ps -o tpgid= -p \\$\\$; ps -o pgid= -p \\$\\$"')
        parts = out.split()
        if len(parts) != 2 or parts[0] != parts[1]:
            sh.fail(f'the job was not the terminal\'s foreground group: {out!r}')
    out = sh.run('echo $(ps -o tpgid= -p $$) $(ps -o pgid= -p $$)')
    parts = out.split()
    if len(parts) != 2 or parts[0] != parts[1]:
        sh.fail(f'the shell is not in the foreground at its prompt: {out!r}')
    sh.close()


def test_tty_modes_restored_after_job_stops(spawn):
    # A job that stops with the terminal in raw mode must not leave the shell (and the next
    # commands) in raw mode: the shell puts back its own modes (bash, dash).
    sh = spawn()
    before = sh.run('stty -g')
    sh.sendline("sh -c 'stty raw -echo; kill -STOP $$'")
    out = sh.expect_prompt(timeout=3)
    if 'Stopped' not in out:
        sh.fail(f'the job did not stop: {out!r}')
    after = sh.run('stty -g')
    if after != before:
        sh.fail(f'terminal modes after the stopped job: {after!r}, before: {before!r}')
    pid = int(sh.run('jobs -p'))
    sh.run('kill -9 %1')
    sh.wait_proc_state(pid, ['Z', None])  # dead before `exit` looks for stopped jobs
    sh.run('jobs')
    sh.close()



def test_ctrl_z_pipeline_then_fg(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('sleep 30 | cat')
    sh.wait_job_foreground(members=2)
    sh.send_ctrl('z')
    out = sh.expect_prompt(timeout=3)
    if not re.search(r'\[1\]\+ +Stopped +sleep 30 \| cat', out):
        sh.fail(f'no Stopped notice for the pipeline: {out!r}')
    out = sh.run('jobs')
    if not re.fullmatch(r'\[1\]\+  Stopped +sleep 30 \| cat\n', out):
        sh.fail(f'the stopped pipeline should be one job: {out!r}')
    sh.sendline('fg')
    sh.expect(r'sleep 30 \| cat\n')
    sh.wait_job_foreground(members=2)
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=3)
    assert sh.status() == 130
    if sh.session_members():
        sh.fail(f'pipeline stages left after Ctrl-C: {sh.session_members()}')
    sh.close()


def test_fg_job_reads_terminal(spawn):
    # A background job that reads the terminal stops with SIGTTIN ("Stopped (tty input)",
    # reported once before the next prompt); brought to the foreground, it reads the next line.
    sh = spawn()
    out = sh.run('{ read x; echo "got=$x"; } &')
    sh.wait_proc_state(sh.bg_pid(out), 'T')
    for _ in range(2):  # the notice comes before the first of these prompts at the latest
        sh.sendline('')
        sh.expect_prompt()
    notices = re.findall(r'^\[1\]\+  Stopped \(tty input\) +\{ read x', sh.output(), re.M)
    if len(notices) != 1:
        sh.fail(f'{len(notices)} "Stopped (tty input)" notices for a background read, not 1')
    sh.sendline('fg')
    sh.expect(r'read x')
    sh.wait_job_foreground()
    sh.sendline('typed_line')
    out = sh.expect_prompt(timeout=3)
    if 'got=typed_line' not in out:
        sh.fail(f'the job brought to the foreground did not read the line: {out!r}')
    sh.close()


# --- the shell itself: process group, terminal, signals --------------------------------------

def test_shell_takes_own_group_and_gives_terminal_back(spawn):
    # `sh -c 'ipsh; read x'`: the inner ipsh starts in sh's process group (sh has no job
    # control). It moves to a group of its own and owns the terminal; at exit it hands the
    # terminal back, so sh can read from it (instead of stopping with SIGTTIN).
    sh = spawn(cols=120)
    sh.expect_prompt()
    sh.sendline(f"sh -c 'echo sh_pgid=$(ps -o pgid= -p $$); PS1=\"inner> \" {spawn.shell_path}"
                " --norc; echo back_in_sh; read x; echo \"sh read $x\"'")
    m = sh.expect(r'sh_pgid= *(\d+)\n')
    sh_pgid = int(m.group(1))
    sh.expect_exact('inner> ')
    sh.sendline('echo "me=$$ pgid=$(ps -o pgid= -p $$) tpgid=$(ps -o tpgid= -p $$)"')
    m = sh.expect(r'me=(\d+) pgid= *(\d+) tpgid= *(\d+)\n')
    me, pgid, tpgid = (int(x) for x in m.groups())
    if pgid != me or tpgid != me or pgid == sh_pgid:
        sh.fail(f'inner shell {me}: pgid {pgid}, terminal group {tpgid}, started in {sh_pgid}')
    sh.expect_exact('inner> ')
    sh.sendline('exit')
    sh.expect_exact('back_in_sh\n')
    sh.sendline('typed_for_sh')
    out = sh.expect_prompt(timeout=3)
    if 'sh read typed_for_sh\n' not in out or 'Stopped' in out:
        sh.fail(f'sh could not read the terminal after the inner shell exited: {out!r}')
    sh.close()


def test_shell_started_in_background_waits_for_terminal(spawn):
    # `ipsh &` from an interactive shell: the new shell must not fight for the terminal; it
    # stops itself with SIGTTIN until `fg` gives it the terminal, then shows its prompt.
    sh = spawn(cols=120)
    out = sh.run(f"PS1='inner> ' {spawn.shell_path} --norc &")
    inner = sh.bg_pid(out)
    sh.wait_proc_state(inner, 'T')
    sh.sendline('')  # the notice comes before this prompt at the latest
    sh.expect_prompt()
    notices = re.findall(r'^\[1\]\+  Stopped \(tty input\) +PS1=', sh.output(), re.M)
    if len(notices) != 1:
        sh.fail(f'{len(notices)} "Stopped (tty input)" notices for the background shell')
    sh.sendline('fg')
    sh.expect_exact('inner> ')
    sh.sendline('echo "inner=$$ tpgid=$(ps -o tpgid= -p $$)"')
    m = sh.expect(r'inner=(\d+) tpgid= *(\d+)\n')
    if int(m.group(1)) != inner or int(m.group(2)) != inner:
        sh.fail(f'the inner shell {inner} does not own the terminal: {m.group(0)!r}')
    sh.expect_exact('inner> ')
    sh.sendline('exit')
    sh.expect_prompt()
    assert sh.run('echo outer') == 'outer\n'
    sh.close()


def test_background_shell_waits_even_with_sigttin_ignored(spawn):
    # `trap '' TTIN` is inherited: a shell started in the background with SIGTTIN ignored
    # must still stop to wait for the terminal, not spin sending itself ignored signals.
    sh = spawn(cols=120)
    sh.run("trap '' TTIN")
    inner = sh.bg_pid(sh.run(f"PS1='inner> ' {spawn.shell_path} --norc &"))
    sh.wait_proc_state(inner, 'T')
    sh.sendline('fg')
    sh.expect_exact('inner> ')
    sh.sendline('exit')
    sh.expect_prompt()
    sh.close()


def test_shell_ignores_job_control_signals(spawn):
    # The interactive shell ignores SIGTSTP, SIGTTIN, SIGTTOU and SIGQUIT (Ctrl-Z and Ctrl-\
    # at the prompt do nothing); its children get the default dispositions back.
    sh = spawn(cols=120)
    sh.expect_prompt()
    ignored = proc_status_mask(sh.pid, 'SigIgn')
    for sig in (signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU, signal.SIGQUIT):
        if sig not in ignored:
            sh.fail(f'the shell does not ignore {sig.name} (ignored: {sorted(ignored)})')
    sh.send('echo still')
    sh.send_ctrl('z')
    sh.send_ctrl('\\')
    sh.send(' editing\r')
    out = sh.expect_prompt()
    if not out.endswith('still editing\n'):
        sh.fail(f'Ctrl-Z / Ctrl-\\ at the prompt disturbed the line: {out!r}')
    out = sh.run('kill -TSTP $$; kill -TTIN $$; kill -TTOU $$; kill -QUIT $$; echo alive')
    if out != 'alive\n' or proc_state(sh.pid) == 'T':
        sh.fail(f'the shell reacted to a job-control signal: {out!r}')
    # A background job and every stage of a pipeline start with nothing ignored or blocked.
    if not spawn.helper:
        sh.fail('no print_state helper: run.py needs --helper build/tests/print_state')
    out = sh.run('$TEST_HELPER > bg_state & wait; $TEST_HELPER | cat; echo | $TEST_HELPER | cat')
    states = [open(os.path.join(spawn.home, 'bg_state')).read(), out]
    for text in states:
        for line in text.splitlines():
            if line.startswith(('blocked:', 'ignored:')) and line.split(':')[1].strip():
                sh.fail(f'a child started with {line!r}: {text!r}')
    if out.count('ignored:') != 2:
        sh.fail(f'print_state did not run in the pipelines: {out!r}')
    sh.close()


def test_pipelines_with_exited_members_print_nothing(spawn):
    # `false` exits at once, od and head die of SIGPIPE: members leave before the shell (or
    # the last member) calls setpgid/tcsetpgrp. No error message, only prompts, 500 times.
    sh = spawn(cols=120)
    for _ in range(20):
        out = sh.run('head -c1000000 /dev/urandom | od | false')
        if out:
            sh.fail(f'a pipeline whose members exited early printed {out!r}')
    out = sh.run('for i in $(seq 480); do head -c1000000 /dev/urandom | od | false; done',
                 timeout=60)
    if out:
        sh.fail(f'480 more pipelines printed {out!r}')
    assert sh.status() == 1
    sh.close()


def test_terminal_fd_is_high_and_survives_exec_2_devnull(spawn):
    # The shell keeps the terminal on a close-on-exec descriptor >= 10, so `exec 2>/dev/null`
    # (which also silences the prompt, as in bash) leaves job control working.
    sh = spawn()
    sh.expect_prompt()
    fd_dir = f'/proc/{sh.pid}/fd'
    tty = os.readlink(f'{fd_dir}/0')  # the pty's name
    fds = [int(n) for n in os.listdir(fd_dir) if os.readlink(f'{fd_dir}/{n}') in (tty, '/dev/tty')]
    high = [n for n in fds if n >= 10]
    if not high:
        sh.fail(f'no terminal descriptor >= 10 in the shell: {sorted(fds)}')
    with open(f'/proc/{sh.pid}/fdinfo/{high[0]}') as f:
        flags = int(next(l for l in f if l.startswith('flags:')).split()[1], 8)
    if not flags & os.O_CLOEXEC:
        sh.fail(f'the terminal descriptor {high[0]} is not close-on-exec')
    sh.sendline('exec 3>&2 2>/dev/null; echo silenced_$((1+1))')
    sh.expect_exact('silenced_2\n')
    sh.sendline('sleep 30')
    pid = sh.wait_job_foreground()
    sh.send_ctrl('z')
    sh.wait_shell_foreground()
    sh.wait_proc_state(pid, 'T')
    sh.sendline('jobs; echo listed_$((1+1))')
    sh.expect(r'\[1\]\+  Stopped +sleep 30\nlisted_2\n')
    sh.sendline('fg')  # not echoed: Readline writes to fd 2 too
    sh.expect_exact('sleep 30\n')
    sh.wait_job_foreground()
    sh.send_ctrl('c')
    sh.wait_shell_foreground()
    sh.sendline('echo status_$?')
    sh.expect_exact('status_130\n')
    sh.sendline('exec 2>&3 3>&-')
    m = sh.expect(r'ipsh\[(\d+)\]\$ ')
    sh.prompt_number = int(m.group(1))
    assert sh.run('echo visible') == 'visible\n'
    sh.close()


def test_vi_stopped_with_ctrl_z_leaves_sane_terminal(spawn):
    # vi puts the terminal in raw mode; after Ctrl-Z the shell has its own modes back, so
    # the prompt echoes what is typed; `fg` gives vi its screen again.
    with open(os.path.join(spawn.home, 'f.txt'), 'w') as f:
        f.write('hello from the file\n')
    sh = spawn()
    before = sh.run('stty -g')
    sh.sendline('vi f.txt')
    sh.wait_job_foreground()
    sh.expect_screen(r'^hello from the file$', timeout=10)
    sh.expect_screen(r'f\.txt', timeout=10)
    sh.send_ctrl('z')
    out = sh.expect_prompt(timeout=5)
    if not re.search(r'\[1\]\+  Stopped +vi f\.txt', out):
        sh.fail(f'no Stopped notice for vi: {out!r}')
    sh.send('echo typed_after_vi')
    sh.expect_cursor_line(f'ipsh[{sh.prompt_number}]$ echo typed_after_vi')
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('\ntyped_after_vi\n'):
        sh.fail(f'the line typed after vi stopped: {out!r}')
    after = sh.run('stty -g')
    if after != before:
        sh.fail(f'terminal modes after vi stopped: {after!r}, before: {before!r}')
    sh.sendline('fg')
    sh.wait_job_foreground()
    sh.expect_screen(r'^hello from the file$', timeout=10)
    sh.send(':q\r')
    sh.expect_prompt(timeout=10)
    assert sh.run('echo back') == 'back\n'
    sh.close()


def test_stty_setting_made_at_prompt_sticks(spawn):
    # A job that exits normally leaves the modes it set: they become the shell's (bash);
    # only a job that stops or dies of a signal gets the shell's saved modes put back.
    sh = spawn()
    show = "stty -a | grep -o -- '-*echoctl'"
    out = sh.run(show)
    if out != 'echoctl\n':
        sh.fail(f'echoctl should be on at the start: {out!r}')
    sh.run('stty -echoctl')
    out = sh.run(show)
    if out != '-echoctl\n':
        sh.fail(f'`stty -echoctl` at the prompt was undone by the next command: {out!r}')
    sh.run('stty echoctl')
    sh.close()


# --- jobs, fg, bg, kill, wait and job specifications -----------------------------------------

def test_jobs_l_and_p(spawn):
    sh = spawn(cols=120)
    p1 = sh.bg_pid(sh.run('sleep 101 &'))
    p2 = sh.bg_pid(sh.run('sleep 102 | cat &'))  # $! is cat; the group is sleep's
    out = sh.run('jobs -p')
    pids = [int(x) for x in out.split()]
    groups = []
    for pid in pids:
        with open(f'/proc/{pid}/stat') as f:
            stat = f.read()
        groups.append(int(stat[stat.rindex(')') + 2:].split()[2]))
    if len(pids) != 2 or pids[0] != p1 or groups != pids:
        sh.fail(f'jobs -p printed {out!r}: expected the two group leaders ({p1}, ...)')
    out = sh.run('jobs -l')
    want = [rf'\[1\]-  {pids[0]} Running +sleep 101 &', rf'\[2\]\+  {pids[1]} Running +sleep 102 \| cat &']
    lines = out.splitlines()
    if len(lines) != 2 or not all(re.fullmatch(w, l) for w, l in zip(want, lines)):
        sh.fail(f'jobs -l: {out!r}')
    if p2 == pids[1]:
        sh.fail('$! of a pipeline should be its last process, not the group leader')
    sh.run('kill %1 %2')
    sh.close()


def test_job_specs(spawn):
    # %n %+ %% %- %string %?string, with jobs, fg, bg, kill and wait.
    sh = spawn(cols=120)
    sh.run('sleep 101 &')
    sh.run('sleep 102 | cat &')
    sh.run('sleep 103 &')
    cases = [('%1', r'\[1\]   Running +sleep 101 &'),
             ('%+', r'\[3\]\+  Running +sleep 103 &'),
             ('%%', r'\[3\]\+  Running +sleep 103 &'),
             ('%-', r'\[2\]-  Running +sleep 102 \| cat &'),
             ("%'sleep 102'", r'\[2\]-  Running +sleep 102 \| cat &'),
             ('%?103', r'\[3\]\+  Running +sleep 103 &')]
    for spec, want in cases:
        out = sh.run(f'jobs {spec}')
        if not re.fullmatch(want + r'\n', out):
            sh.fail(f'jobs {spec}: {out!r}')
    for spec, err in (('%sleep', 'ambiguous'), ('%?10', 'ambiguous'), ('%4', 'no such job'),
                      ('%nosuch', 'no such job')):
        out = sh.run(f'jobs {spec}')
        if err not in out:
            sh.fail(f'jobs {spec}: {out!r}, expected "{err}"')
    # kill and wait take specs: the status of a job killed by SIGTERM is 143.
    out = sh.run('kill %?102; wait %2; echo "st=$?"')
    if not out.endswith('st=143\n'):
        sh.fail(f'kill %?102; wait %2: {out!r}')
    # fg %string brings that job to the foreground; Ctrl-Z makes it current (%+), and
    # bg %+ continues it in the background.
    sh.sendline('fg %sleep\\ 101')
    sh.expect(r'\nsleep 101\n')
    sh.wait_job_foreground()
    sh.send_ctrl('z')
    sh.expect_prompt(timeout=3)
    out = sh.run('jobs')
    if not re.search(r'^\[1\]\+  Stopped +sleep 101$', out, re.M):
        sh.fail(f'after Ctrl-Z of job 1: {out!r}')
    out = sh.run('bg %+')
    if out != '[1] sleep 101 &\n':
        sh.fail(f'bg %+: {out!r}')
    out = sh.run('jobs %1')
    if 'Running' not in out:
        sh.fail(f'job 1 after bg: {out!r}')
    out = sh.run('kill %1; wait %1; echo "st=$?"')
    if not out.endswith('st=143\n'):
        sh.fail(f'kill %1; wait %1: {out!r}')
    sh.run('kill %3')
    sh.close()


def test_fg_always_sends_sigcont(spawn):
    # fg on a job that is running in the background still sends SIGCONT (POSIX): the job sees
    # it through its CONT trap.
    sh = spawn(cols=120)
    out = sh.run("sh -c 'trap \"echo GOT_$1\" CONT; touch ready; while :; do sleep 0.05; done'"
                 " sh CONT &")
    ready = os.path.join(spawn.home, 'ready')
    sh.wait_until(lambda: os.path.exists(ready), 'the job never set its CONT trap')
    sh.sendline('fg')
    sh.expect(r'\nGOT_CONT\n', timeout=3)
    sh.wait_job_foreground()
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=3)
    sh.close()


def test_stopped_background_job_notice_once(spawn):
    # A background job stopped by a signal is reported once, before a prompt.
    sh = spawn()
    pid = sh.bg_pid(sh.run('sleep 100 &'))
    os.kill(pid, signal.SIGSTOP)
    sh.wait_proc_state(pid, 'T')
    for _ in range(3):
        sh.sendline('')
        sh.expect_prompt()
    if len(re.findall(r'^\[1\]\+  Stopped \(signal\) +sleep 100$', sh.output(), re.M)) != 1:
        sh.fail('the notice of the stopped job did not appear exactly once')
    out = sh.run('jobs')
    if not re.fullmatch(r'\[1\]\+  Stopped \(signal\) +sleep 100\n', out):
        sh.fail(f'jobs: {out!r}')
    sh.run('kill %1')
    sh.close()


def test_done_notice_waits_for_next_prompt(spawn):
    # Without set -b a job that ends while a line is typed is reported only before the next
    # prompt: the line being typed is left alone.
    sh = spawn()
    pid = sh.bg_pid(sh.run('sleep 100 &'))
    sh.send('echo half typed')
    sh.expect_cursor_line(f'ipsh[{sh.prompt_number}]$ echo half typed')
    os.kill(pid, signal.SIGTERM)
    sh.wait_proc_state(pid, None)  # reaped by the shell while it reads the line
    sh.expect_nothing(0.2, r'Terminated')
    sh.expect_cursor_line(f'ipsh[{sh.prompt_number}]$ echo half typed')
    sh.send(' line\r')
    out = sh.expect_prompt()
    if not re.search(r'\nhalf typed line\n\[1\]\+  Terminated +sleep 100\n\Z', out):
        sh.fail(f'expected the output, then the notice, then the prompt: {out!r}')
    sh.sendline('')
    out = sh.expect_prompt()
    if 'Terminated' in out:
        sh.fail(f'the notice came twice: {out!r}')
    sh.close()
