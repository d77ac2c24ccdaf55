"""test_basic.py: the prompt loop: Ctrl-C, Ctrl-D, syntax errors, PS2 continuation."""
import termios
import time

from harness import timeout_scale


def test_prompt_counts_and_runs_commands(spawn):
    sh = spawn()
    assert sh.run('echo hello') == 'hello\n'
    assert sh.run('x=5; echo $((x * 2))') == '10\n'
    assert sh.status() == 0
    assert sh.run('false') == ''
    assert sh.status() == 1
    sh.close(expect_status=0)


def test_ctrl_c_discards_half_typed_line(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.send('echo SHOULD_NOT_RUN')
    sh.expect_exact('echo SHOULD_NOT_RUN')
    sh.send_ctrl('c')
    sh.expect_prompt()
    out = sh.run('echo ok')
    if out != 'ok\n':
        sh.fail(f'after Ctrl-C, `echo ok` printed {out!r}')
    # The cancelled text ran neither then nor with the next line.
    if sh.has_line('SHOULD_NOT_RUN'):
        sh.fail('the discarded line ran')
    # On the terminal, ^C follows the text; the prompt is not overwritten.
    if 'ipsh[1]$ echo SHOULD_NOT_RUN^C' not in sh.screen_text().splitlines():
        sh.fail('the cancelled line does not show as `ipsh[1]$ echo SHOULD_NOT_RUN^C`')
    # Ctrl-C at the prompt sets $? to 130, as in bash.
    sh.send('echo half')
    sh.send_ctrl('c')
    sh.expect_prompt()
    assert sh.status() == 130, 'Ctrl-C at the prompt sets $? to 130'
    sh.close()


def test_ctrl_c_right_after_typing(spawn):
    # Keys and Ctrl-C in one burst: the terminal flushes its input queue on ^C, possibly
    # between poll() seeing a key and Readline reading it. The shell must still see the
    # Ctrl-C at once (it used to wait in Readline's select() for the next key).
    sh = spawn()
    sh.expect_prompt()
    for _ in range(10):
        sh.send('echo typed_then_cancelled')
        sh.send_ctrl('c')
        sh.expect_prompt(timeout=2)
    if sh.has_line('typed_then_cancelled'):
        sh.fail('a cancelled line ran')
    assert sh.run('echo ok') == 'ok\n'
    sh.close()


def test_keys_typed_as_prompt_appears_survive_ctrl_z(spawn):
    # While a line is read the terminal does not flush its input on Ctrl-C/Z/\ (NOFLSH), so
    # keys typed at once are never lost; that must already hold when the prompt shows (it
    # once was set just after, and `echo still` + Ctrl-Z typed at once could vanish). While
    # a command runs NOFLSH is off again: Ctrl-C to a job drops its type-ahead, as usual.
    sh = spawn()
    for _ in range(5):
        sh.expect_prompt()
        if not termios.tcgetattr(sh.fd)[3] & termios.NOFLSH:
            sh.fail('the prompt is visible but the terminal still flushes input on Ctrl-Z')
        sh.send('echo still')
        sh.send_ctrl('z')
        sh.send(' here\r')
        out = sh.expect_prompt()
        if not out.endswith('\nstill here\n'):
            sh.fail(f'keys typed around Ctrl-Z at the prompt were lost: {out!r}')
        sh.sendline('sleep 30')
        sh.wait_job_foreground()
        if termios.tcgetattr(sh.fd)[3] & termios.NOFLSH:
            sh.fail('NOFLSH is still set while a command runs')
        sh.send_ctrl('c')
    sh.expect_prompt()
    sh.close()


def test_ctrl_c_on_empty_line_gives_fresh_prompt(spawn):
    sh = spawn()
    sh.expect_prompt()
    for _ in range(3):
        sh.send_ctrl('c')
        sh.expect_prompt()
    assert sh.run('echo alive') == 'alive\n'
    sh.close()


def test_ctrl_c_kills_foreground_sleep(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('sleep 30')
    sh.wait_job_foreground()
    start = time.monotonic()
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=2)
    took = time.monotonic() - start
    if took > 1.5 * timeout_scale():
        sh.fail(f'the prompt came back {took:.1f}s after Ctrl-C')
    st = sh.status()
    if st != 130:
        sh.fail(f'$? after Ctrl-C killed sleep is {st}, expected 130')
    assert sh.run('echo still here') == 'still here\n'
    sh.close()


def test_ctrl_c_kills_whole_pipeline(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('sleep 30 | sleep 31 | cat')
    sh.wait_job_foreground(members=3)
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=2)
    assert sh.status() == 130
    if sh.session_members():
        sh.fail('pipeline stages survived Ctrl-C: ' + str(sh.session_members()))
    sh.close()


def test_ctrl_c_stops_foreground_loop(spawn):
    # A loop of builtins and short commands: Ctrl-C ends the whole loop, not one iteration.
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('while true; do sleep 1; done; echo AFTER_LOOP')
    sh.wait_job_foreground()
    sh.send_ctrl('c')
    out = sh.expect_prompt(timeout=3)
    if sh.has_line('AFTER_LOOP'):
        sh.fail('the rest of the line ran after Ctrl-C')
    assert sh.run('echo ok') == 'ok\n'
    sh.close()


def test_ctrl_d_on_empty_line_exits(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.run('(exit 3)')
    sh.send_ctrl('d')
    sh.expect_eof()
    sh.close(exit=False, expect_status=3)
    # The cursor ends on a fresh line, without an extra blank line, with TERM=xterm
    # (Readline prints the newline) and TERM=dumb (the shell does).
    for term in ('xterm', 'dumb'):
        sh = spawn(env={'TERM': term})
        sh.expect_prompt()
        sh.send_ctrl('d')
        sh.expect_eof()
        if not sh.output().endswith('ipsh[1]$ \n'):
            sh.fail(f'TERM={term}: Ctrl-D should end with the prompt line and one newline')
        sh.close(exit=False, expect_status=0)


def test_ctrl_d_with_text_does_not_exit(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.send('echo abc')
    sh.expect_exact('echo abc')
    sh.send_ctrl('a')  # to the start of the line: Ctrl-D deletes the 'e'
    sh.send_ctrl('d')
    sh.send('\r')
    out = sh.expect_prompt()
    if 'cho: not found' not in out and 'cho:' not in out:
        sh.fail(f'Ctrl-D in a non-empty line should delete a character; got {out!r}')
    sh.close()


def test_ignoreeof_keeps_shell(spawn):
    sh = spawn()
    sh.run('set -o ignoreeof')
    sh.send_ctrl('d')
    sh.expect_exact('Use "exit" to leave the shell.\n')
    # The prompt comes again (bash expands PS1 anew; ipsh redraws the same text).
    m = sh.expect(r'ipsh\[(\d+)\]\$ ')
    sh.prompt_number = int(m.group(1))
    assert sh.run('echo alive') == 'alive\n', 'no blank line after a refused Ctrl-D'
    sh.close()


def test_exit_status_of_exit_builtin(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('exit 7')
    sh.expect_eof()
    sh.close(exit=False, expect_status=7)


def test_syntax_error_reports_and_continues(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('echo a; fi')
    out = sh.expect_prompt()
    if 'syntax' not in out.lower() and 'unexpected' not in out.lower():
        sh.fail(f'no syntax error message for `echo a; fi`: {out!r}')
    if '\na\n' in out:
        sh.fail('a line with a syntax error ran in part')
    assert sh.status() == 2
    sh.sendline('echo )')
    sh.expect_prompt()
    assert sh.run('echo fine') == 'fine\n'
    sh.close()


def test_command_not_found_continues(spawn):
    sh = spawn()
    out = sh.run('no_such_command_xyz')
    if 'no_such_command_xyz' not in out:
        sh.fail(f'no error for a missing command: {out!r}')
    assert sh.status() == 127
    sh.close()


def test_ps2_for_unfinished_if(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('if true')
    sh.expect_ps2()
    sh.sendline('then echo IN_IF')
    sh.expect_ps2()
    sh.sendline('fi')
    out = sh.expect_prompt()
    if 'IN_IF\n' not in out:
        sh.fail(f'the if command did not run: {out!r}')
    sh.close()


def test_ps2_for_trailing_pipe_and_and(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('echo piped |')
    sh.expect_ps2()
    sh.sendline('tr a-z A-Z')
    out = sh.expect_prompt()
    if 'PIPED\n' not in out:
        sh.fail(f'the continued pipeline did not run: {out!r}')
    sh.sendline('true &&')
    sh.expect_ps2()
    sh.sendline('echo AND_OK')
    out = sh.expect_prompt()
    if 'AND_OK\n' not in out:
        sh.fail(f'the continued && list did not run: {out!r}')
    sh.close()


def test_ps2_for_open_quote_keeps_newline(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline("printf '%s|' 'one")
    sh.expect_ps2()
    sh.sendline("two'")
    out = sh.expect_prompt()
    if 'one\ntwo|' not in out:
        sh.fail(f'the quoted newline was lost: {out!r}')
    sh.sendline('echo "a\\')
    sh.expect_ps2()
    sh.sendline('b"')
    out = sh.expect_prompt()
    if 'ab\n' not in out:
        sh.fail(f'backslash-newline inside double quotes should join lines: {out!r}')
    sh.close()


def test_ctrl_c_at_ps2_cancels_whole_command(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('if true; then')
    sh.expect_ps2()
    sh.sendline('echo CANCELLED_BODY')
    sh.expect_ps2()
    sh.send_ctrl('c')
    sh.expect_prompt()
    # The next line starts a new command: `fi` alone is a syntax error, not the end of the if.
    out = sh.run('echo fresh')
    if out != 'fresh\n':
        sh.fail(f'after Ctrl-C at PS2, `echo fresh` printed {out!r}')
    if sh.has_line('CANCELLED_BODY'):
        sh.fail('the cancelled command ran')
    sh.close()


def test_ctrl_d_at_ps2(spawn):
    # EOF inside an unfinished command: a syntax error (bash: unexpected end of file); an
    # interactive shell reports it. bash then exits; dash too. Either way no crash.
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('if true; then')
    sh.expect_ps2()
    sh.send_ctrl('d')
    sh.expect(r'(?i)end of file|unexpected|syntax')
    sh.close()


def test_long_line_wraps_and_runs(spawn):
    sh = spawn()
    sh.expect_prompt()
    word = 'x' * 150
    sh.sendline(f'echo {word} | wc -c')
    out = sh.expect_prompt()
    if '151' not in out:
        sh.fail(f'a 160-column line did not run intact: {out!r}')
    sh.close()


def test_prompt_expansions(spawn):
    sh = spawn(env={'PS1': 'ipsh[$((PROMPT_N=PROMPT_N+1))]$ '})
    sh.expect_prompt()
    sh.sendline("PS1='<\\w|$PWD_TAG>ipsh[$((PROMPT_N=PROMPT_N+1))]$ '; PWD_TAG=tag; cd /tmp")
    sh.expect(r'</tmp\|tag>')
    sh.expect_prompt()
    sh.sendline('cd')
    sh.expect(r'<~\|tag>')
    sh.expect_prompt()
    sh.close()


def test_window_size_is_seen_by_children(spawn):
    sh = spawn(rows=30, cols=100)
    out = sh.run('stty size')
    if out.strip() != '30 100':
        sh.fail(f'stty size printed {out!r}')
    sh.close()


def test_here_document_at_prompt(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('cat <<EOF')
    sh.expect_ps2()
    sh.sendline('line one $((1+1))')
    sh.expect_ps2()
    sh.sendline('EOF')
    out = sh.expect_prompt()
    if not out.endswith('line one 2\n'):
        sh.fail(f'here-document at the prompt: {out!r}')
    sh.close()


def test_alias_applies_from_next_line(spawn):
    sh = spawn()
    sh.run("alias greet='echo hello from alias'")
    out = sh.run('greet')
    if out != 'hello from alias\n':
        sh.fail(f'alias at the prompt: {out!r}')
    sh.close()


def test_exit_trap_runs_on_ctrl_d(spawn):
    sh = spawn()
    sh.run("trap 'echo BYE_FROM_TRAP' EXIT")
    sh.send_ctrl('d')
    sh.expect(r'BYE_FROM_TRAP\n')
    sh.expect_eof()
    sh.close(exit=False, expect_status=0)


def test_rc_file_read_unless_norc(spawn):
    import os
    with open(os.path.join(spawn.home, '.ipshrc'), 'w') as f:
        f.write('RC_WAS_READ=yes\n')
    sh = spawn(args=['--rc'])
    out = sh.run('echo "rc=$RC_WAS_READ"')
    if out != 'rc=yes\n':
        sh.fail(f'~/.ipshrc was not read: {out!r}')
    sh.close()
    sh = spawn()
    out = sh.run('echo "rc=$RC_WAS_READ"')
    if out != 'rc=\n':
        sh.fail(f'--norc still read ~/.ipshrc: {out!r}')
    sh.close()


def test_ctrl_c_aborts_rest_of_list(spawn):
    # The child died of SIGINT, so the shell acts as if it got the Ctrl-C itself: the rest
    # of the line does not run (bash, dash).
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('sleep 30; echo NEXT_IN_LIST')
    sh.wait_job_foreground()
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=3)
    if sh.has_line('NEXT_IN_LIST'):
        sh.fail('the command after the interrupted sleep ran')
    sh.close()


def test_exec_replaces_interactive_shell(spawn):
    sh = spawn()
    sh.expect_prompt()
    sh.sendline('exec sh -c "exit 5"')
    sh.expect_eof()
    sh.close(exit=False, expect_status=5)


def test_prompt_escapes_and_invisible_sequences(spawn):
    # \[ \] mark escape sequences that take no room: Readline must know the prompt is 9
    # columns wide, or a line that fills the row wraps at the wrong column.
    ps1 = '\\[\\e[1;32m\\]ipsh[$((PROMPT_N=PROMPT_N+1))]$ \\[\\e[0m\\]'
    sh = spawn(env={'PS1': ps1})
    sh.expect_prompt()
    line = 'echo ' + 'w' * 80  # 9 + 85 columns: wraps once, after 80
    sh.send(line)
    sh.expect_screen(r'^ipsh\[1\]\$ echo w{66}\nw{14}$')
    sh.send('\r')
    out = sh.expect_prompt()
    if 'w' * 80 + '\n' not in out:
        sh.fail(f'the wrapped line did not run intact: {out!r}')
    # \! is the history number of the next command, \u the user name, \W the base name.
    sh.sendline("PS1='[\\!|\\W]ipsh[$((PROMPT_N=PROMPT_N+1))]$ '; cd /usr/bin")
    m = sh.expect(r'\[(\d+)\|bin\]ipsh\[3\]\$ ')
    sh.prompt_number = 3
    sh.sendline('true')
    sh.expect(r'\[%d\|bin\]' % (int(m.group(1)) + 1))
    sh.expect_prompt()
    sh.close()


def test_prompt_command_substitution(spawn):
    sh = spawn(env={'PS1': '$(echo sub)ipsh[$((PROMPT_N=PROMPT_N+1))]$ '})
    sh.expect_exact('subipsh[1]$ ')
    sh.prompt_number = 1
    sh.run('x=1')
    sh.close()
