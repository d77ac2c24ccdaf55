"""test_jobs.py: job control on a terminal: background notices, Ctrl-Z, fg, bg, the state
children start in."""
import re
import time


def test_background_done_notice_once(spawn):
    sh = spawn()
    out = sh.run('sleep 0.3 &')
    m = re.fullmatch(r'\[1\] (\d+)\n', out)
    if not m:
        sh.fail(f'`sleep 0.3 &` printed {out!r}, expected "[1] <pid>"')
    time.sleep(0.6)
    sh.sendline('')
    out = sh.expect_prompt()
    if not re.search(r'^\[1\]\+  Done +sleep 0\.3$', out, re.M):
        sh.fail(f'no Done notice before the prompt after Enter: {out!r}')
    sh.sendline('')
    out = sh.expect_prompt()
    if 'Done' in out:
        sh.fail(f'the Done notice came twice: {out!r}')
    sh.run('true')
    if sh.output().count('Done') != 1:
        sh.fail('the Done notice was printed more than once')
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
    time.sleep(0.1)
    screen = sh.screen_text().splitlines()
    if not screen or screen[-1] != f'ipsh[{sh.prompt_number}]$ echo typed':
        sh.fail(f'the edited line was not redrawn after the notice: last row {screen[-1:]!r}')
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
    out = sh.run('bg')
    if not re.search(r'\[1\]\+? .*sleep', out):
        sh.fail(f'bg printed {out!r}')
    time.sleep(0.8)
    sh.sendline('')
    out = sh.expect_prompt()
    if 'Done' not in out:
        sh.fail(f'no Done notice after the continued job ended: {out!r}')
    sh.close()


def test_exit_with_stopped_job_warns(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('sleep 30')
    sh.wait_job_foreground()
    sh.send_ctrl('z')
    sh.expect_prompt(timeout=3)
    sh.sendline('exit')
    out = sh.expect_prompt()
    if 'stopped' not in out.lower():
        sh.fail(f'exit with a stopped job did not warn: {out!r}')
    # A second exit leaves; the stopped sleep gets SIGHUP and SIGCONT and must not linger.
    sh.sendline('exit')
    sh.expect_eof()
    sh.close(exit=False)


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
    sh.run('kill -9 %1')
    time.sleep(0.2)   # let it die before `exit` looks for stopped jobs
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
    # A job stopped because it read the terminal in the background (SIGTTIN) reads the
    # next line once brought to the foreground.
    sh = spawn()
    sh.run('{ read x; echo "got=$x"; } &')
    sh.run('sleep 0.3')
    sh.sendline('')
    out = sh.expect_prompt()
    if not re.search(r"\[1\]\+ +Stopped", sh.output()):
        sh.fail(f'no "Stopped (tty input)" notice for a background read: {out!r}')
    sh.sendline('fg')
    sh.expect(r'read x')
    sh.wait_job_foreground()
    sh.sendline('typed_line')
    out = sh.expect_prompt(timeout=3)
    if 'got=typed_line' not in out:
        sh.fail(f'the job brought to the foreground did not read the line: {out!r}')
    sh.close()
