"""test_completion.py: Tab completion of commands, files, variables, job specs, options and
subcommands; line editing (vi and emacs modes, ~/.inputrc)."""
import os

TAB = '\t'


def make_files(home, names):
    for n in names:
        path = os.path.join(home, n)
        if n.endswith('/'):
            os.makedirs(path, exist_ok=True)
        else:
            open(path, 'w').close()


def test_complete_builtin_and_path_command(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.send('ech' + TAB)
    sh.expect_cursor_line('ipsh[1]$ echo')
    sh.send('hi' + '\r')
    out = sh.expect_prompt()
    if not out.endswith('hi\n'):
        sh.fail(f'completed echo did not run: {out!r}')
    sh.send('printen' + TAB)  # /usr/bin/printenv
    sh.expect_cursor_line('ipsh[2]$ printenv')
    sh.send('HOME\r')
    out = sh.expect_prompt()
    if not out.endswith(spawn.home + '\n'):
        sh.fail(f'printenv HOME: {out!r}')
    sh.close()


def test_complete_function_and_alias(spawn):
    sh = spawn()
    sh.run('myfunc_xyz() { echo FUNC_RAN; }')
    sh.run("alias myalias_xyz='echo ALIAS_RAN'")
    sh.send('myfunc_x' + TAB + '\r')
    out = sh.expect_prompt()
    if 'FUNC_RAN\n' not in out:
        sh.fail(f'function name completion: {out!r}')
    sh.send('myalias_x' + TAB + '\r')
    out = sh.expect_prompt()
    if 'ALIAS_RAN\n' not in out:
        sh.fail(f'alias completion: {out!r}')
    sh.close()


def test_complete_file_and_directory(spawn):
    make_files(spawn.home, ['unique_file.txt', 'subdir_only/'])
    sh = spawn()
    sh.expect_prompt()
    sh.send('cat uniq' + TAB)
    sh.expect_cursor_line('ipsh[1]$ cat unique_file.txt')
    sh.send_ctrl('u')
    sh.send('cd subdir_o' + TAB)
    sh.expect_cursor_line('ipsh[1]$ cd subdir_only/')
    sh.send('\r')
    sh.expect_prompt()
    out = sh.run('pwd')
    if out.strip() != os.path.join(spawn.home, 'subdir_only'):
        sh.fail(f'cd to the completed directory: {out!r}')
    sh.close()


def test_complete_file_name_with_space_is_quoted(spawn):
    with open(os.path.join(spawn.home, 'has space.txt'), 'w') as f:
        f.write('SPACE_CONTENT\n')
    sh = spawn()
    sh.expect_prompt()
    # As bash: a backslash before the space, or the quote the user opened, closed.
    cases = [('cat has', 'cat has\\ space.txt'),
             ('cat has\\ sp', 'cat has\\ space.txt'),      # an escaped space stays in the word
             ('cat "has', 'cat "has space.txt"'),
             ("cat 'has", "cat 'has space.txt'")]
    for typed, shown in cases:
        sh.send(typed + TAB)
        sh.expect_cursor_line(f'ipsh[1]$ {shown}')
        sh.send_ctrl('u')
    sh.send('cat has' + TAB + '\r')
    out = sh.expect_prompt()
    if not out.endswith('SPACE_CONTENT\n'):
        sh.fail(f'cat of the quoted completion: {out!r}')
    sh.close()


def test_double_tab_lists_candidates(spawn):
    make_files(spawn.home, ['amb_one', 'amb_two'])
    sh = spawn()
    sh.expect_prompt()
    sh.send('ls amb_' + TAB + TAB)
    sh.expect_screen(r'amb_one\s+amb_two')
    # The line is redrawn below the list with the text typed so far.
    sh.expect_cursor_line('ipsh[1]$ ls amb_')
    sh.send_ctrl('c')
    sh.expect_prompt()
    sh.close()


def test_complete_variable_name(spawn):
    sh = spawn(env={'MY_UNIQUE_VAR': 'value42'})
    sh.expect_prompt()
    sh.send('echo $MY_UNIQ' + TAB)
    sh.expect_cursor_line('ipsh[1]$ echo $MY_UNIQUE_VAR')
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('value42\n'):
        sh.fail(f'completed variable: {out!r}')
    sh.close()


def test_complete_job_spec(spawn):
    # After % for fg, bg and kill: the job numbers.
    sh = spawn()
    pids = [sh.bg_pid(sh.run('sleep 30 &')), sh.bg_pid(sh.run('sleep 31 &'))]
    for cmd in ('fg', 'bg', 'kill'):
        sh.send(f'{cmd} %' + TAB + TAB)
        sh.expect_screen(r'^%1\s+%2$')
        sh.expect_cursor_line(f'ipsh[{sh.prompt_number}]$ {cmd} %')
        sh.send('2' + TAB)
        sh.expect_cursor_line(f'ipsh[{sh.prompt_number}]$ {cmd} %2')
        sh.send_ctrl('u')
    sh.send('kill %1' + TAB + ' %2\r')
    sh.expect_prompt()
    for pid in pids:
        sh.wait_proc_state(pid, ['Z', None])  # `kill %1 %2`, typed with completion, ran
    sh.close()


def test_complete_set_o_option(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.send('set -o pipef' + TAB)
    sh.expect_cursor_line('ipsh[1]$ set -o pipefail')
    sh.send('\r')
    sh.expect_prompt()
    out = sh.run('set -o | grep pipefail')
    if 'on' not in out:
        sh.fail(f'set -o pipefail through completion: {out!r}')
    sh.close()


def test_complete_ipc_subcommand(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.send('mq cre' + TAB)
    sh.expect_cursor_line('ipsh[1]$ mq create')
    sh.send_ctrl('u')
    sh.send('sem po' + TAB)
    sh.expect_cursor_line('ipsh[1]$ sem post')
    sh.send_ctrl('u')
    sh.send('shm wr' + TAB)
    sh.expect_cursor_line('ipsh[1]$ shm write')
    sh.send_ctrl('u')
    sh.send('mq ' + TAB + TAB)  # every subcommand
    sh.expect_screen(r'^create\s+ls\s+recv\s+send\s+stat\s+unlink$')
    sh.send_ctrl('c')
    sh.expect_prompt()
    sh.close()


def test_vi_mode_editing(spawn):
    sh = spawn()
    sh.run('set -o vi')
    sh.send('echo one')
    sh.send('\x1b')        # command mode
    sh.send('0cwprintf')   # change the first word
    sh.send('\x1b')
    sh.send("A'\\n'")      # append at the end of the line
    sh.expect_cursor_line(f"ipsh[{sh.prompt_number}]$ printf one'\\n'")
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('\none\n'):
        sh.fail(f'vi-mode edit: {out!r}')
    sh.run('set -o emacs')
    sh.send('echo xyz')
    sh.send_ctrl('a')
    sh.send('\x1bf')     # emacs: forward a word (Meta-f)
    sh.send(' 1')
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('1 xyz\n'):
        sh.fail(f'emacs-mode edit after set -o emacs: {out!r}')
    sh.close()


def test_complete_tilde_path(spawn):
    make_files(spawn.home, ['tilde_target.txt'])
    sh = spawn(cwd='/')
    sh.expect_prompt()
    sh.send('cat ~/tilde_t' + TAB)
    sh.expect_cursor_line('ipsh[1]$ cat ~/tilde_target.txt')
    sh.send_ctrl('c')
    sh.expect_prompt()
    sh.close()


def test_complete_file_name_with_special_characters(spawn):
    # Characters the shell would interpret are escaped, so the completed word names the file.
    name = "we$ird&na;me(1)'q*.txt"
    with open(os.path.join(spawn.home, name), 'w') as f:
        f.write('WEIRD_CONTENT\n')
    sh = spawn()
    sh.expect_prompt()
    sh.send('cat we' + TAB)
    sh.expect_cursor_line("ipsh[1]$ cat we\\$ird\\&na\\;me\\(1\\)\\'q\\*.txt")
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('\nWEIRD_CONTENT\n'):
        sh.fail(f'cat of the completed name: {out!r}')
    sh.close()


def test_command_cache_follows_path(spawn):
    # Command names are cached per PATH: a directory added to PATH, and a program installed
    # into a PATH directory, are both seen at the next Tab.
    bindir = os.path.join(spawn.home, 'bin')
    os.mkdir(bindir)
    sh = spawn()
    sh.expect_prompt()
    sh.send('zzq' + TAB)  # fills the cache; no such command yet
    sh.expect_cursor_line('ipsh[1]$ zzq')
    sh.send_ctrl('u')
    prog = os.path.join(bindir, 'zzq_first')
    with open(prog, 'w') as f:
        f.write('#!/bin/sh\necho FIRST_RAN\n')
    os.chmod(prog, 0o755)
    sh.sendline('PATH=$HOME/bin:$PATH')
    sh.expect_prompt()
    sh.send('zzq' + TAB)
    sh.expect_cursor_line('ipsh[2]$ zzq_first')
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('FIRST_RAN\n'):
        sh.fail(f'the completed command did not run: {out!r}')
    os.rename(prog, os.path.join(bindir, 'zzq_second'))  # same PATH, new program
    sh.send('zzq' + TAB)
    sh.expect_cursor_line('ipsh[3]$ zzq_second')
    sh.send_ctrl('c')
    sh.expect_prompt()
    sh.close()


def test_complete_command_after_reserved_word_and_braced_variable(spawn):
    sh = spawn(env={'MY_UNIQUE_VAR': 'braced42'})
    sh.expect_prompt()
    for typed, shown in (('if ech', 'if echo'), ('true; then ech', 'true; then echo'),
                         ('while ech', 'while echo'), ('ls | ech', 'ls | echo'),
                         ('echo ${MY_UNIQ', 'echo ${MY_UNIQUE_VAR}')):
        sh.send(typed + TAB)
        sh.expect_cursor_line(f'ipsh[1]$ {shown}')
        sh.send_ctrl('u')
    sh.send('echo ${MY_UNIQ' + TAB + '\r')
    out = sh.expect_prompt()
    if not out.endswith('\nbraced42\n'):
        sh.fail(f'the completed ${{VAR}}: {out!r}')
    sh.close()


def test_inputrc_conditional_on_ipsh(spawn):
    # Readline's application name is "ipsh": `$if ipsh` sections of ~/.inputrc apply, those
    # for other programs do not.
    with open(os.path.join(spawn.home, '.inputrc'), 'w') as f:
        f.write('$if ipsh\n"\\C-xq": "echo from_inputrc"\n$endif\n'
                '$if bash\n"\\C-xw": "echo wrong_program"\n$endif\n')
    sh = spawn()
    sh.expect_prompt()
    sh.send('\x18q')  # Ctrl-X q
    sh.expect_cursor_line('ipsh[1]$ echo from_inputrc')
    sh.send('\x18w')  # not bound for ipsh: nothing is inserted
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('\nfrom_inputrc\n') or 'wrong_program' in out:
        sh.fail(f'the $if ipsh binding: {out!r}')
    sh.close()


def test_vi_mode_from_ipshrc(spawn):
    # `set -o vi` in ~/.ipshrc runs before the line editor exists; the first line is already
    # edited in vi mode.
    with open(os.path.join(spawn.home, '.ipshrc'), 'w') as f:
        f.write('set -o vi\n')
    sh = spawn(args=['--rc'])
    sh.expect_prompt()
    sh.send('echo one\x1b0cwprintf\x1b' + "A'\\n'")
    sh.expect_cursor_line("ipsh[1]$ printf one'\\n'")
    sh.send('\r')
    out = sh.expect_prompt()
    if not out.endswith('\none\n'):
        sh.fail(f'vi-mode edit with set -o vi from ~/.ipshrc: {out!r}')
    sh.close()
