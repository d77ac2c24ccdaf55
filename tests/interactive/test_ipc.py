"""test_ipc.py: Ctrl-C on a terminal against the IPC builtins (mq, sem). A blocking `mq recv`
or `sem wait` runs inside the shell process, so Ctrl-C must end it at once with status 130
and the shell must go on; `sem run` must post its semaphore when Ctrl-C ends its command."""
import time

from harness import timeout_scale


def _name(sh, var, suffix):
    """Sets shell variable `var` to an IPC name with the test's prefix (long names would not
    fit run()'s one screen line); commands then use $var."""
    sh.run(var + '=/${IPSH_TEST_PREFIX}' + suffix)
    return '$' + var


def _interrupt(sh, command, limit=1.0):
    """Types `command`, checks it blocks, presses Ctrl-C and checks the prompt comes back
    within `limit` seconds with $? = 130."""
    sh.sendline(command)
    sh.expect_nothing(0.4)  # it is blocked: no prompt yet
    start = time.monotonic()
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=3)
    took = time.monotonic() - start
    if took > limit * timeout_scale():
        sh.fail(f'`{command}`: the prompt came back {took:.2f}s after Ctrl-C')
    st = sh.status()
    if st != 130:
        sh.fail(f'`{command}`: $? after Ctrl-C is {st}, expected 130')


def test_ctrl_c_interrupts_blocking_mq_recv(spawn):
    sh = spawn()
    q = _name(sh, 'q', 'q')
    sh.run(f'mq create {q}')
    _interrupt(sh, f'mq recv {q}')
    # With a timeout too: Ctrl-C wins long before it.
    _interrupt(sh, f'mq recv -t 30 -v m {q}')
    # The shell goes on, and the queue still works.
    assert sh.run(f'mq send {q} hello; mq recv -v m {q}; echo "got $m"') == 'got hello\n'
    sh.run(f'mq unlink {q}')
    sh.close()


def test_ctrl_c_ends_receive_loop(spawn):
    # Ctrl-C ends the whole loop (and the rest of the line), not one blocking receive.
    sh = spawn()
    q = _name(sh, 'q', 'loop')
    sh.run(f'mq create {q}; mq send {q} one')
    sh.sendline(f'while mq recv -v m {q}; do echo "got $m"; done; echo AFTER_LOOP')
    sh.expect_exact('got one')
    sh.expect_nothing(0.4)
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=3)
    if sh.has_line('AFTER_LOOP'):
        sh.fail('the rest of the line ran after Ctrl-C')
    assert sh.run('echo alive') == 'alive\n'
    sh.run(f'mq unlink {q}')
    sh.close()


def test_ctrl_c_interrupts_blocking_mq_send(spawn):
    sh = spawn()
    q = _name(sh, 'q', 'full')
    sh.run(f'mq create --maxmsg 1 {q}; mq send {q} fill')
    _interrupt(sh, f'mq send {q} blocked')
    assert sh.run(f'mq stat {q} | grep curmsgs') == 'curmsgs=1\n'
    # Reading standard input from the terminal is interruptible too.
    _interrupt(sh, f'mq send -l {q}')
    sh.run(f'mq unlink {q}')
    sh.close()


def test_ctrl_c_interrupts_sem_wait(spawn):
    sh = spawn()
    s = _name(sh, 's', 's')
    sh.run(f'sem create {s}')
    _interrupt(sh, f'sem wait {s}')
    _interrupt(sh, f'sem wait -t 30 {s}')
    assert sh.run(f'sem value {s}') == '0\n'
    sh.run(f'sem unlink {s}')
    sh.close()


def test_sem_run_posts_after_ctrl_c(spawn):
    sh = spawn()
    s = _name(sh, 's', 'lock')
    sh.run(f'sem create -i 1 {s}')
    # An external command: Ctrl-C kills it, and the semaphore is posted.
    sh.sendline(f'sem run {s} -- sleep 30')
    sh.wait_job_foreground()
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=3)
    assert sh.status() == 130
    assert sh.run(f'sem value {s}') == '1\n', 'sem run did not post after Ctrl-C killed sleep'
    # A shell function looping in the shell process: Ctrl-C abandons it, and posts.
    sh.run('spin() { while :; do :; done; }')
    sh.sendline(f'sem run {s} -- spin; echo AFTER')
    sh.expect_nothing(0.4)
    sh.send_ctrl('c')
    sh.expect_prompt(timeout=3)
    if sh.has_line('AFTER'):
        sh.fail('the rest of the line ran after Ctrl-C')
    assert sh.run(f'sem value {s}') == '1\n', 'sem run did not post after Ctrl-C ended a function'
    # Waiting for the semaphore: Ctrl-C gives up without taking it.
    sh.run(f'sem wait {s}')
    _interrupt(sh, f'sem run {s} -- echo never')
    if sh.has_line('never'):
        sh.fail('the command ran although the semaphore was never acquired')
    assert sh.run(f'sem value {s}') == '0\n'
    sh.run(f'sem unlink {s}')
    sh.close()


def test_background_job_ending_does_not_interrupt_wait(spawn):
    # SIGCHLD (caught by an interactive shell) wakes the wait, which goes on to its timeout.
    sh = spawn()
    q = _name(sh, 'q', 'chld')
    sh.run(f'mq create {q}')
    sh.run('sleep 0.2 &')
    start = time.monotonic()
    out = sh.run(f'mq recv -t 1 {q}; echo "status=$?"', timeout=5)
    took = time.monotonic() - start
    if 'status=4' not in out:
        sh.fail(f'a background job ending changed the result of a timed wait: {out!r}')
    if took < 0.9:
        sh.fail(f'the 1s wait ended after {took:.2f}s')
    sh.run(f'mq unlink {q}')
    sh.close()
