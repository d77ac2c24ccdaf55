"""test_history.py: the history list: Up arrow, $HISTFILE across sessions, and the history
and fc builtins."""
import os
import re
import stat

UP = '\x1b[A'
DOWN = '\x1b[B'


def test_history_kept_across_sessions(spawn):
    hist = os.path.join(spawn.home, 'hist')
    sh = spawn()
    sh.run('echo first_session_cmd')
    sh.run('echo second_one')
    sh.close(expect_status=0)
    if not os.path.exists(hist):
        sh.fail(f'{hist} was not written')
    mode = stat.S_IMODE(os.stat(hist).st_mode)
    if mode != 0o600:
        sh.fail(f'the history file has mode {mode:o}, expected 600')
    with open(hist) as f:
        lines = f.read().splitlines()
    if lines != ['echo first_session_cmd', 'echo second_one', 'exit']:
        sh.fail(f'history file: {lines!r}')

    sh = spawn()
    sh.expect_prompt()
    sh.send(UP)
    sh.expect_cursor_line('ipsh[1]$ exit')
    sh.send(UP)
    sh.expect_cursor_line('ipsh[1]$ echo second_one')
    sh.send(UP)
    sh.expect_cursor_line('ipsh[1]$ echo first_session_cmd')
    sh.send(DOWN)
    sh.expect_cursor_line('ipsh[1]$ echo second_one')
    sh.send(UP)
    sh.expect_cursor_line('ipsh[1]$ echo first_session_cmd')
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('first_session_cmd\nfirst_session_cmd\n'):
        sh.fail(f'the recalled command did not run: {out!r}')
    out = sh.run('history')
    want = ['    1  echo first_session_cmd', '    2  echo second_one', '    3  exit',
            '    4  echo first_session_cmd', '    5  history']
    if out.splitlines() != want:
        sh.fail(f'history in the second session: {out!r}')
    sh.close()
    with open(hist) as f:
        lines = f.read().splitlines()
    if lines != ['echo first_session_cmd', 'echo second_one', 'exit', 'echo first_session_cmd', 'history',
                 'exit']:
        sh.fail(f'history file after the second session: {lines!r}')


def test_two_shells_append_to_one_file(spawn):
    hist = os.path.join(spawn.home, 'hist')
    a = spawn()
    b = spawn()
    a.run('echo from_a')
    b.run('echo from_b')
    a.close()
    b.close()
    with open(hist) as f:
        lines = f.read().splitlines()
    for want in ('echo from_a', 'echo from_b'):
        if want not in lines:
            a.fail(f'{want!r} missing from the shared history file: {lines!r}')


def test_existing_history_file_becomes_private(spawn):
    hist = os.path.join(spawn.home, 'hist')
    with open(hist, 'w') as f:
        f.write('echo old\n')
    os.chmod(hist, 0o644)
    sh = spawn()
    sh.run('echo new')
    sh.close()
    mode = stat.S_IMODE(os.stat(hist).st_mode)
    if mode != 0o600:
        sh.fail(f'the history file has mode {mode:o} after a save, expected 600')
    with open(hist) as f:
        lines = f.read().splitlines()
    if lines[:2] != ['echo old', 'echo new']:
        sh.fail(f'history file: {lines!r}')


def test_empty_histfile_writes_nothing(spawn):
    sh = spawn(env={'HISTFILE': ''})
    sh.run('echo not_saved')
    out = sh.run('history')
    if 'echo not_saved' not in out:
        sh.fail(f'the history list should still work in memory: {out!r}')
    sh.close()
    left = sorted(os.listdir(spawn.home))
    if left:
        sh.fail(f'HISTFILE= wrote files into HOME: {left!r}')


def test_default_histfile_in_home(spawn):
    sh = spawn(histfile=False)
    sh.run('echo saved_by_default')
    sh.close()
    path = os.path.join(spawn.home, '.ipsh_history')
    if not os.path.exists(path):
        sh.fail(f'no {path} written with HISTFILE unset ({os.listdir(spawn.home)!r})')
    if stat.S_IMODE(os.stat(path).st_mode) != 0o600:
        sh.fail('~/.ipsh_history is not mode 600')


def test_cancelled_and_blank_lines_not_in_history(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.send('echo cancelled')
    sh.send_ctrl('c')
    sh.expect_prompt()
    sh.sendline('')
    sh.expect_prompt()
    sh.sendline('   ')
    sh.expect_prompt()
    out = sh.run('history')
    if out != '    1  history\n':
        sh.fail(f'history has more than the history command: {out!r}')
    sh.close()


def test_history_builtin_count_and_clear(spawn):
    sh = spawn()
    for w in ('a', 'b', 'c'):
        sh.run(f'echo {w}')
    out = sh.run('history 2')
    if out != '    3  echo c\n    4  history 2\n':
        sh.fail(f'history 2: {out!r}')
    out = sh.run('history 0')
    if out != '':
        sh.fail(f'history 0: {out!r}')
    sh.run('history -c')
    out = sh.run('history')
    if out != '    1  history\n':
        sh.fail(f'history after -c: {out!r}')
    out = sh.run('history x')
    if 'numeric argument required' not in out:
        sh.fail(f'history x: {out!r}')
    assert sh.status() == 2
    out = sh.run('history -d 1; history')
    # Entry 1 (`history`) is gone; the later ones shift down.
    if out != '    1  history x\n    2  echo $?\n    3  history -d 1; history\n':
        sh.fail(f'history -d: {out!r}')
    sh.close()


def test_histsize_bounds_the_list(spawn):
    sh = spawn(env={'HISTSIZE': '3'})
    for w in ('a', 'b', 'c', 'd'):
        sh.run(f'echo {w}')
    out = sh.run('history')
    lines = out.splitlines()
    if len(lines) != 3 or not lines[-1].endswith('  history') or not lines[0].endswith('echo c'):
        sh.fail(f'HISTSIZE=3: {out!r}')
    sh.close()


def test_fc_list(spawn):
    sh = spawn()
    for w in ('alpha', 'beta', 'gamma'):
        sh.run(f'echo {w}')
    # No operands: up to 16 previous commands, not fc itself.
    out = sh.run('fc -l')
    if out != '1\techo alpha\n2\techo beta\n3\techo gamma\n':
        sh.fail(f'fc -l: {out!r}')
    out = sh.run('fc -l -2')  # entries 5-2=3 (echo gamma) .. previous (4, fc -l)
    if out != '3\techo gamma\n4\tfc -l\n':
        sh.fail(f'fc -l -2: {out!r}')
    out = sh.run('fc -l 1 2')
    if out != '1\techo alpha\n2\techo beta\n':
        sh.fail(f'fc -l 1 2: {out!r}')
    out = sh.run('fc -lr 1 2')
    if out != '2\techo beta\n1\techo alpha\n':
        sh.fail(f'fc -lr 1 2: {out!r}')
    out = sh.run('fc -l 3 1')  # first after last: reverse order
    if out != '3\techo gamma\n2\techo beta\n1\techo alpha\n':
        sh.fail(f'fc -l 3 1: {out!r}')
    out = sh.run('fc -ln 2 3')
    if out != '\techo beta\n\techo gamma\n':
        sh.fail(f'fc -ln 2 3: {out!r}')
    out = sh.run('fc -l echo\\ b echo\\ b')  # a prefix names the newest match
    if out != '2\techo beta\n':
        sh.fail(f'fc -l with a prefix: {out!r}')
    out = sh.run('fc -l nosuchprefix')
    if 'no command found' not in out:
        sh.fail(f'fc -l with an unknown prefix: {out!r}')
    assert sh.status() == 1
    out = sh.run('fc -l -x')
    if 'invalid option' not in out:
        sh.fail(f'fc -l -x: {out!r}')
    assert sh.status() == 2
    sh.close()


def test_fc_s_reruns(spawn):
    sh = spawn()
    sh.run('echo one two')
    out = sh.run('fc -s')
    if out != 'echo one two\none two\n':
        sh.fail(f'fc -s: {out!r}')
    out = sh.run('fc -s one=ONE')
    if out != 'echo ONE two\nONE two\n':
        sh.fail(f'fc -s one=ONE: {out!r}')
    sh.run('true')
    out = sh.run('fc -s two=2 echo')  # the newest command starting with "echo"
    if out != 'echo ONE 2\nONE 2\n':
        sh.fail(f'fc -s two=2 echo: {out!r}')
    out = sh.run('fc -s 1')
    if out != 'echo one two\none two\n':
        sh.fail(f'fc -s 1: {out!r}')
    # The history shows what ran, never `fc -s`, so fc -s can't find itself.
    out = sh.run('fc -l 1')
    if out != '1\techo one two\n2\techo one two\n3\techo ONE two\n4\ttrue\n5\techo ONE 2\n6\techo one two\n':
        sh.fail(f'history after fc -s: {out!r}')
    sh.run('(exit 3)')
    sh.run('fc -s')
    assert sh.status() == 3, 'fc -s returns the status of the command it ran'
    out = sh.run('fc -s nosuch')
    if 'no command found' not in out:
        sh.fail(f'fc -s nosuch: {out!r}')
    sh.close()


def test_fc_s_reruns_a_stateful_command(spawn):
    # fc -s runs in the shell itself: assignments and cd stick.
    sh = spawn()
    sh.run('n=$((n+1))')
    sh.run('fc -s')
    sh.run('fc -s')
    out = sh.run('echo n=$n')
    if out != 'n=3\n':
        sh.fail(f'after two fc -s: {out!r}')
    sh.close()


def test_fc_edit_with_fcedit_command(spawn):
    sh = spawn()
    sh.run('echo AAA')
    out = sh.run('FCEDIT="sed -i s/AAA/BBB/" fc')
    if out != 'echo BBB\nBBB\n':
        sh.fail(f'fc with a sed FCEDIT: {out!r}')
    out = sh.run('fc -e false; echo status=$?')
    if 'status=1' not in out or 'BBB' in out:
        sh.fail(f'a failing editor must not run anything: {out!r}')
    out = sh.run('fc -l -3')
    if out.splitlines()[-1:] != ['2\techo BBB']:
        sh.fail(f'the edited command should replace fc in the history: {out!r}')
    sh.close()


def test_fc_opens_ed_on_the_terminal(spawn):
    # Default editor: ed (POSIX). Keys go to ed through the terminal, then the result runs.
    sh = spawn(env={'FCEDIT': None, 'EDITOR': None})
    sh.run('echo from_ed_AAA')
    sh.sendline('fc')
    sh.expect(r'\n17\n')  # ed prints the size of the file it read
    sh.sendline('s/AAA/BBB/')
    sh.sendline('w')
    sh.expect(r'\n17\n')
    sh.sendline('q')
    out = sh.expect_prompt()
    if not out.endswith('echo from_ed_BBB\nfrom_ed_BBB\n'):
        sh.fail(f'the command edited in ed did not run: {out!r}')
    sh.close()


def test_fc_and_history_when_not_interactive(spawn):
    sh = spawn(cols=200)
    out = sh.run(f'{spawn.shell_path} -c "history; echo hst=\\$?; fc -l; echo fst=\\$?"')
    if 'hst=0' not in out or 'fst=1' not in out or 'not interactive' not in out:
        sh.fail(f'history/fc in ipsh -c: {out!r}')
    sh.close()


def test_ctrl_r_searches_history(spawn):
    sh = spawn()
    sh.run('echo needle_one')
    sh.run('echo other')
    sh.send_ctrl('r')
    sh.send('needle')
    sh.expect_cursor_line("(reverse-i-search)`needle': echo needle_one")
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('needle_one\n'):
        sh.fail(f'Ctrl-R found command did not run: {out!r}')
    sh.close()


def test_multiline_command_is_one_entry(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('for i in 1 2')
    sh.expect_ps2()
    sh.sendline('do echo "it=$i"')
    sh.expect_ps2()
    sh.sendline('done')
    sh.expect_prompt()
    out = sh.run('fc -l')
    if out != '1\tfor i in 1 2\ndo echo "it=$i"\ndone\n':
        sh.fail(f'a multi-line command should be one history entry: {out!r}')
    # Up, Up recalls the whole loop (shown over three rows); Enter runs it again.
    sh.send(UP + UP)
    sh.expect_screen(r'^ipsh\[3\]\$ for i in 1 2\ndo echo "it=\$i"\ndone$')
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('it=1\nit=2\n'):
        sh.fail(f'the recalled loop did not run: {out!r}')
    out = sh.run('fc -s 1')
    if not out.endswith('it=1\nit=2\n'):
        sh.fail(f'fc -s on a multi-line entry: {out!r}')
    sh.close()


def test_fc_with_vi_from_editor(spawn):
    # EDITOR=vi: a full-screen editor gets the terminal, and what it saves runs.
    sh = spawn(env={'FCEDIT': None, 'EDITOR': 'vi'})
    sh.run('echo from_vi_AAA')
    sh.sendline('fc')
    sh.expect_screen(r'^echo from_vi_AAA$', timeout=10)
    sh.wait_job_foreground()
    sh.send(':s/AAA/BBB/\r')
    sh.expect_screen(r'^echo from_vi_BBB')
    sh.send(':wq\r')
    out = sh.expect_prompt(timeout=10)
    if not sh.has_line('from_vi_BBB'):
        sh.fail(f'the command edited in vi did not run: {out!r}')
    back = sh.run('echo back')
    if back != 'back\n':
        sh.fail(f'after vi, `echo back` printed {back!r}')
    sh.close()


def test_histfilesize_trims_the_file_safely(spawn):
    # At exit the lines are appended, then the file is cut to its last HISTFILESIZE lines by
    # writing a temporary file and renaming it over the old one (a new inode): a crash
    # half-way cannot truncate the history. The result is private and nothing is left over.
    hist = os.path.join(spawn.home, 'hist')
    with open(hist, 'w') as f:
        f.write(''.join(f'echo old{i}\n' for i in range(10)))
    os.chmod(hist, 0o644)
    inode = os.stat(hist).st_ino
    sh = spawn(env={'HISTFILESIZE': '4'})
    sh.run('echo new1')
    sh.close()
    with open(hist) as f:
        lines = f.read().splitlines()
    if lines != ['echo old8', 'echo old9', 'echo new1', 'exit']:
        sh.fail(f'HISTFILESIZE=4: {lines!r}')
    st = os.stat(hist)
    if stat.S_IMODE(st.st_mode) != 0o600:
        sh.fail(f'the rewritten history file has mode {stat.S_IMODE(st.st_mode):o}')
    if st.st_ino == inode:
        sh.fail('the history file was rewritten in place, not through a temporary file')
    left = sorted(os.listdir(spawn.home))
    if left != ['hist']:
        sh.fail(f'files left in HOME after the rewrite: {left!r}')
