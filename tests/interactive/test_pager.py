"""test_pager.py: full-screen programs in a pipeline (more, less, man) get the terminal, read
keys from it, and hand it back to a working prompt."""
import os
import re
import time


def back_to_working_prompt(sh):
    out = sh.run('echo back')
    if out != 'back\n':
        sh.fail(f'after the pager, `echo back` printed {out!r}')


def test_more_with_short_input_prints_it(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline("printf '1\\n2\\n3\\n' | more")
    # util-linux more (2.38+) stops at "--More--(END)" when reading a pipe; older ones exit.
    m = sh.expect(r'\(END\)|ipsh\[2\]\$ ')
    if m.group(0) == '(END)':
        sh.send('q')
        sh.expect_prompt()
    else:
        sh.prompt_number += 1
        if re.search(r'Stopped \(tty (output|input)\)', sh.output()):
            sh.run('kill -9 %1')  # so that the shell can still exit
            sh.fail('the pipeline was stopped: more used the terminal before its process group '
                    'was made the foreground')
    for line in ('1', '2', '3'):
        if not sh.has_line(line):
            sh.fail(f'more did not show line {line}')
    assert sh.status() == 0
    back_to_working_prompt(sh)
    sh.close()


def test_more_pages_and_quits(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('seq 1 200 | more')
    sh.expect(r'--More--')
    screen = sh.screen_text().splitlines()
    # One screenful: the lines up to the bottom row, then --More-- on the last row.
    if '--More--' not in screen[-1] or '22' not in screen:
        sh.fail(f'more did not show one page: {screen!r}')
    if '30' in screen:
        sh.fail('more printed past the first page before a key was pressed')
    sh.send(' ')  # next page
    sh.expect(r'--More--')
    if '40' not in sh.screen_text().splitlines():
        sh.fail('space did not show the next page')
    sh.send('q')
    sh.expect_prompt()
    if sh.has_line('200'):
        sh.fail('more went on after q')
    assert sh.status() == 0
    back_to_working_prompt(sh)
    sh.close()


def test_ctrl_c_in_more(spawn):
    # Ctrl-C goes to the whole pipeline: seq dies; more exits or (when it catches SIGINT at
    # its prompt) quits on q. The shell stays and gets the terminal back.
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('seq 1 100000 | more')
    sh.expect(r'--More--')
    sh.send_ctrl('c')
    # Depending on where more is when SIGINT comes, it exits or stays at its prompt.
    deadline = time.monotonic() + 1.0
    while sh.foreground_pgid() != sh.pid and time.monotonic() < deadline:
        time.sleep(0.02)
    if sh.foreground_pgid() != sh.pid:
        sh.send('q')
    sh.expect_prompt()
    back_to_working_prompt(sh)
    sh.close()


def test_less_pages_and_quits(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('seq 1 200 | less')
    sh.expect(r'\n23\n')
    sh.expect(r':')
    screen = sh.screen_text().splitlines()
    if not screen or screen[0] != '1':
        sh.fail(f'less did not show the first page: {screen[:3]!r}')
    sh.send('G')  # to the end
    sh.expect(r'\(END\)')
    sh.send('q')
    sh.expect_prompt()
    assert sh.status() == 0
    back_to_working_prompt(sh)
    sh.close()


def test_ctrl_z_less_then_fg(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('seq 1 200 | less')
    sh.expect(r'\n23\n:')  # less is at its prompt
    # less drops a Ctrl-Z that comes right after it painted the page (bash shows the same),
    # before it waits for keys: press it again until the shell has the terminal back.
    for _ in range(20):
        sh.send_ctrl('z')
        try:
            sh.wait_shell_foreground(timeout=0.5)
            break
        except AssertionError:
            continue
    out = sh.expect_prompt()
    if not re.search(r'Stopped', out):
        sh.fail(f'no Stopped notice for less: {out!r}')
    back_to_working_prompt(sh)
    sh.sendline('fg')
    # less repaints its screen when it is continued.
    sh.expect(r'\n2\d\n')
    sh.send('q')
    sh.expect_prompt()
    back_to_working_prompt(sh)
    sh.close()


MAN_PAGE = """.TH PTYTEST 1 2024 ipsh-tests
.SH NAME
ptytest \\- a page for the pty tests
.SH DESCRIPTION
""" + ''.join(f'.PP\nParagraph number {i} of the test page.\n' for i in range(1, 40)) + """.SH SEE ALSO
.BR ipsh (1)
"""


def test_man_page_in_pager(spawn):
    # A page of our own (man/ipsh.1 is generated elsewhere): formatted by groff, shown by less.
    page = os.path.join(spawn.home, 'ptytest.1')
    with open(page, 'w') as f:
        f.write(MAN_PAGE)
    sh = spawn(env={'MANPAGER': 'less', 'PAGER': 'less', 'MANWIDTH': '80'})
    sh.expect_prompt()
    sh.sendline('man -l ptytest.1')
    sh.expect(r'PTYTEST\(1\)', timeout=10)
    sh.expect(r'Paragraph number 5 ')
    screen = sh.screen_text()
    if 'NAME' not in screen or 'Paragraph number 39' in screen:
        sh.fail('man did not show the first page of the test page')
    sh.send('q')
    sh.expect_prompt(timeout=5)
    assert sh.status() == 0
    back_to_working_prompt(sh)
    sh.close()


def test_ls_pipe_more(spawn):
    many = os.path.join(spawn.home, 'many')
    os.mkdir(many)
    for i in range(60):
        open(os.path.join(many, f'file_{i:03d}'), 'w').close()
    sh = spawn(cwd=many)
    sh.expect_prompt()
    sh.sendline('ls | more')
    sh.expect(r'--More--')
    screen = sh.screen_text().splitlines()
    # One screenful: 23 names, then --More-- on the bottom row; nothing beyond.
    if screen[-24:] != [f'file_{i:03d}' for i in range(23)] + ['--More--']:
        sh.fail(f'more did not show the first page: {screen!r}')
    sh.send(' ')
    sh.expect(r'--More--')
    screen = sh.screen_text().splitlines()
    if screen[-24:] != [f'file_{i:03d}' for i in range(23, 46)] + ['--More--']:
        sh.fail(f'space did not show the next page: {screen!r}')
    sh.send('q')
    sh.expect_prompt()
    if sh.has_line('file_059'):
        sh.fail('more went on after q')
    assert sh.status() == 0
    back_to_working_prompt(sh)
    sh.close()


def test_man_ipsh(spawn):
    # `man ipsh` with the repository's page on MANPATH: it pages, and it documents job
    # control, history, completion and the start-up files.
    man1 = os.path.join(spawn.home, 'man', 'man1')
    os.makedirs(man1)
    os.symlink(os.path.join(spawn.source_root, 'man', 'ipsh.1'), os.path.join(man1, 'ipsh.1'))
    sh = spawn(env={'MANPATH': os.path.join(spawn.home, 'man'), 'MANPAGER': 'less',
                    'MANWIDTH': '80'})
    sh.expect_prompt()
    sh.sendline('man ipsh')
    sh.expect(r'IPSH\(1\)', timeout=10)
    sh.expect_screen(r'^NAME$')
    sh.expect_screen(r'^ +ipsh - a POSIX command shell')
    for heading in ('JOB CONTROL', '   History', '   Completion', 'START-UP'):
        sh.send(f'/^{heading}\r')
        # less puts the line found at the top of the screen.
        sh.wait_until(lambda: sh.screen.line(0) == heading,
                      f'less did not find the heading {heading.strip()!r} in man ipsh')
    sh.send('q')
    sh.expect_prompt(timeout=5)
    assert sh.status() == 0
    back_to_working_prompt(sh)
    sh.close()
