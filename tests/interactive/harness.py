"""harness.py: an expect-style driver for ipsh on a real pseudo-terminal (standard library only).

Each test function in tests/interactive/test_*.py takes one argument, a ShellFactory, and
calls it to start shells. The runner (run.py) closes whatever a test left open and turns any
failure into a FAIL line, so tests need no try/finally:

    def test_example(spawn):
        sh = spawn()                          # ipsh --norc on a fresh 24x80 pty
        assert sh.run('echo hi') == 'hi\\n'    # type a line, return what it printed
        sh.send('sleep 30\\r')                 # raw keys ('\\r' is Enter)
        sh.wait_job_foreground()              # sleep owns the terminal now
        sh.send_ctrl('c')                     # Ctrl-C
        sh.expect_prompt()                    # the next numbered prompt, never an old one
        assert sh.status() == 130             # $? through `echo $?`
        sh.close()                            # exits, waits; fails on a crash or stragglers

Races to avoid: send Ctrl-C/Ctrl-Z to a command only after wait_job_foreground() (before
that the signal may reach the shell, or only the first stage of a pipeline); type a line only
after its prompt was matched (keys sent earlier are echoed by the terminal in cooked mode,
before Readline takes over); match lines Readline redraws (Up, Tab) with expect_screen() or
expect_cursor_line(), since the byte stream holds backspaces and cursor moves.

API (every timeout is in seconds and is multiplied by $IPSH_TEST_TIMEOUT_SCALE, default 1):
  spawn(env=None, args=None, rows=24, cols=80, histfile=True, cwd=None, argv0=None) -> Shell
        env: extra or overriding variables (a value of None removes the variable);
        args: ipsh arguments instead of ['--norc'] (the harness always adds '--norc' first
        unless `args` contains '--rc'); argv0: the shell's argv[0] (default: its path;
        '-ipsh' starts a login shell, as login(1) does). histfile=True sets HISTFILE=<home>/hist unless env
        sets it. spawn.home / sh.home: the private HOME (a fresh temp dir per test, shared
        by every shell of the test). spawn.helper: path of tests/helpers/print_state.
        spawn.shell_path: the ipsh under test (absolute).
        spawn.source_root: the repository (also $IPSH_SOURCE_ROOT in the shell).
        spawn.prefix: a unique prefix for POSIX IPC object names (IPSH_TEST_PREFIX is set
        to it in the shell's environment); objects left with that prefix fail the test.
  sh.send(text)           writes text to the terminal as typed keys.
  sh.sendline(text)       send(text + '\\r').
  sh.send_ctrl(ch)        Ctrl-<ch>, e.g. 'c', 'd', 'z', '\\\\'.
  sh.resize(rows, cols)   changes the window size (the kernel sends SIGWINCH).
  sh.expect(pattern, timeout=5) -> re.Match
        waits until `pattern` (a regex string or compiled) matches the screen text after the
        last match, and moves past it. The screen text is what the pty printed with escape
        sequences removed, '\\r\\n' turned into '\\n' and other '\\r' dropped.
  sh.expect_exact(text, timeout=5)  the same with a literal string.
  sh.expect_screen(pattern, timeout=5) -> re.Match   waits until the terminal as displayed
        (see screen_text) matches; use it for lines Readline redraws (history recall).
  sh.expect_cursor_line(text, timeout=5)  waits until the cursor's row reads exactly text.
  sh.expect_prompt(timeout=5) -> str
        waits for the next numbered PS1 (`ipsh[N]$ `) and returns the text before it.
  sh.expect_ps2(timeout=5)   waits for the continuation prompt (`cont> `).
  sh.expect_nothing(seconds, pattern=PROMPT)  fails if pattern shows up within `seconds`.
  sh.wait_job_foreground(timeout=5, members=1) -> pgid   waits until a job (not the shell)
        is the terminal's foreground group with at least `members` processes: the command
        typed has started (all stages of a pipeline) and will get Ctrl-C.
  sh.foreground_pgid()     the terminal's foreground process group now.
  sh.wait_shell_foreground(timeout=5)   waits until the shell owns the terminal again (a job
        stopped or ended and the shell took the terminal back).
  sh.wait_until(predicate, what, timeout=5)   polls predicate() (reading the terminal
        meanwhile) until it returns true; fails with `what` otherwise.
  sh.wait_proc_state(pid, states, timeout=5)   waits until /proc says process `pid` is in
        one of `states` (letters such as 'T' stopped, 'Z' zombie; None: gone, i.e. reaped).
  proc_state(pid)          (module function) that letter now, or None when pid is gone.
  sh.bg_pid(out)           the pid in the `[1] 12345` line a background command printed.
  sh.expect_eof(timeout=5)   waits for the shell to close the terminal (exit).
  sh.run(cmd, timeout=5) -> str   types cmd + Enter, returns what it printed (without the
        echo of the command line) up to the next prompt. cmd must fit on one screen line.
  sh.status() -> int       $? of the last command.
  sh.prompt_number         the number of the last prompt matched.
  sh.output()              the whole screen text so far; sh.tail(n) the last n characters.
  sh.has_line(text)        whether some line of output() is exactly text (not just the echo).
  sh.screen_text()         the terminal as a person sees it now (a small VT100 model that
        applies cursor moves, erases and overwrites), rows joined by '\\n', trailing blanks
        removed. sh.screen.line(row) gives one row (default: the cursor's row).
  sh.fail(msg)             raises TestFailure with msg and the end of the screen text.
  sh.close(exit=True, expect_status=None, allow_signal=None)
        sends `exit` (when exit=True and the shell is alive), waits for it to end, and fails
        if it was killed by a signal (other than allow_signal), printed a sanitizer report,
        exited with a status other than expect_status (when given), or left a process of its
        session behind.
  sh.pid                   the shell's pid (also its session id and process group).
  sh.session_members()     live pids in the shell's session, the shell excluded.

Markers for test functions (from harness import known_bug):
  @known_bug('what is wrong')  the test documents a bug outside tests/interactive; the
        runner reports it as `FAIL name: known bug: what is wrong: <failure>` until it passes.
  @known_bug('what is wrong', intermittent=True)  a race that only sometimes makes the test
        fail: a passing run is a plain `ok` (no "marked known_bug, but passed" note).
"""
import errno
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'scripts'))
from leftovers import group_members, leftover_ipc, session_members  # noqa: E402

PROMPT_RE = r'ipsh\[(\d+)\]\$ '
PS1 = 'ipsh[$((PROMPT_N=PROMPT_N+1))]$ '
PS2 = 'cont> '
# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-byte escapes like ESC = / ESC > /
# ESC ( B. Readline and terminal programs use these to move the cursor; tests match text.
_ESCAPE_RE = re.compile(r'\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)'
                        r'|\x1b[()*+][0-9A-Za-z]|\x1b[@-Z\\-_=>78]')
_SCREEN_ESC_RE = re.compile(r'\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)'
                            r'|\x1b[()*+][0-9A-Za-z]|\x1b[@-Z\\-_=>78c]')
_SANITIZER_RE = re.compile(r'==\d+==ERROR: |runtime error: |Sanitizer has encountered a fatal error'
                           r'|Sanitizer CHECK failed')


def read_wchan(pid):
    """Where process `pid` sleeps in the kernel ('0' while it runs), or '' if unknown."""
    try:
        with open(f'/proc/{pid}/wchan') as f:
            return f.read().strip()
    except OSError:
        return ''


_wchan_works = None


def wchan_works():
    """Whether /proc/PID/wchan names the function a sleeping process waits in: probed once
    with a child blocked on a pipe."""
    global _wchan_works
    if _wchan_works is None:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(w)
            os.read(r, 1)
            os._exit(0)
        os.close(r)
        seen = ''
        for _ in range(200):
            seen = read_wchan(pid)
            if seen not in ('', '0'):
                break
            time.sleep(0.005)
        os.close(w)
        os.waitpid(pid, 0)
        _wchan_works = seen not in ('', '0')
    return _wchan_works


class Screen:
    """A small VT100/xterm model: enough of it (cursor moves, erases, wrap, scroll) to know
    what a person would see, e.g. whether `^C` overwrote the prompt. Colours and modes are
    ignored; the alternate screen is modelled as a clear on entry and exit."""

    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.lines = [[' '] * cols for _ in range(rows)]
        self.r = self.c = 0
        self.wrap_pending = False
        self.saved = (0, 0)
        self.top, self.bottom = 0, rows - 1
        self.pending = ''

    def resize(self, rows, cols):
        lines = [(line + [' '] * cols)[:cols] for line in self.lines]
        if rows < len(lines):
            drop = len(lines) - rows
            lines = lines[drop:]
            self.r = max(0, self.r - drop)
        lines += [[' '] * cols for _ in range(rows - len(lines))]
        self.lines, self.rows, self.cols = lines, rows, cols
        self.r, self.c = min(self.r, rows - 1), min(self.c, cols - 1)
        self.top, self.bottom = 0, rows - 1

    def _scroll_up(self):
        del self.lines[self.top]
        self.lines.insert(self.bottom, [' '] * self.cols)

    def _newline(self):
        if self.r == self.bottom:
            self._scroll_up()
        elif self.r < self.rows - 1:
            self.r += 1

    def _put(self, ch):
        if self.wrap_pending:
            self.c = 0
            self._newline()
            self.wrap_pending = False
        self.lines[self.r][self.c] = ch
        if self.c == self.cols - 1:
            self.wrap_pending = True
        else:
            self.c += 1

    def _csi(self, params, final):
        private = params.startswith('?')
        nums = [int(x) if x.isdigit() else 0 for x in params.lstrip('?>').split(';')] if params else []
        n = nums[0] if nums and nums[0] else 1
        self.wrap_pending = False
        if final == 'A':
            self.r = max(self.top if self.r >= self.top else 0, self.r - n)
        elif final == 'B':
            self.r = min(self.bottom if self.r <= self.bottom else self.rows - 1, self.r + n)
        elif final == 'C':
            self.c = min(self.cols - 1, self.c + n)
        elif final == 'D':
            self.c = max(0, self.c - n)
        elif final in 'Hf':
            row = nums[0] if nums and nums[0] else 1
            col = nums[1] if len(nums) > 1 and nums[1] else 1
            self.r, self.c = min(row, self.rows) - 1, min(col, self.cols) - 1
        elif final == 'G':
            self.c = min(n, self.cols) - 1
        elif final == 'd':
            self.r = min(n, self.rows) - 1
        elif final == 'K':
            mode = nums[0] if nums else 0
            line = self.lines[self.r]
            rng = {0: range(self.c, self.cols), 1: range(0, self.c + 1), 2: range(self.cols)}.get(mode, [])
            for i in rng:
                line[i] = ' '
        elif final == 'J':
            mode = nums[0] if nums else 0
            if mode == 0:
                self._csi('', 'K')
                for i in range(self.r + 1, self.rows):
                    self.lines[i] = [' '] * self.cols
            elif mode == 1:
                for i in range(0, self.r):
                    self.lines[i] = [' '] * self.cols
                self._csi('1', 'K')
            else:
                self.lines = [[' '] * self.cols for _ in range(self.rows)]
        elif final == 'P':
            line = self.lines[self.r]
            del line[self.c:self.c + n]
            line.extend([' '] * (self.cols - len(line)))
        elif final == '@':
            line = self.lines[self.r]
            line[self.c:self.c] = [' '] * n
            del line[self.cols:]
        elif final == 'X':
            for i in range(self.c, min(self.cols, self.c + n)):
                self.lines[self.r][i] = ' '
        elif final in 'LM' and self.top <= self.r <= self.bottom:
            for _ in range(n):
                if final == 'L':
                    del self.lines[self.bottom]
                    self.lines.insert(self.r, [' '] * self.cols)
                else:
                    del self.lines[self.r]
                    self.lines.insert(self.bottom, [' '] * self.cols)
        elif final == 'r' and not private:
            top = nums[0] if nums and nums[0] else 1
            bottom = nums[1] if len(nums) > 1 and nums[1] else self.rows
            self.top, self.bottom = top - 1, min(bottom, self.rows) - 1
            self.r, self.c = 0, 0
        elif final in 'hl' and private and any(x in (47, 1047, 1049) for x in nums):
            if final == 'h' or 1049 in nums:
                self.lines = [[' '] * self.cols for _ in range(self.rows)]

    def feed(self, text):
        text = self.pending + text
        self.pending = ''
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if ch == '\x1b':
                m = _SCREEN_ESC_RE.match(text, i)
                if not m:
                    if n - i < 32:
                        self.pending = text[i:]
                        return
                    i += 1
                    continue
                seq = m.group(0)
                if seq.startswith('\x1b['):
                    self._csi(seq[2:-1], seq[-1])
                elif seq == '\x1b7':
                    self.saved = (self.r, self.c)
                elif seq == '\x1b8':
                    self.r, self.c = self.saved
                elif seq == '\x1bM':
                    if self.r == self.top:
                        del self.lines[self.bottom]
                        self.lines.insert(self.top, [' '] * self.cols)
                    else:
                        self.r = max(0, self.r - 1)
                elif seq == '\x1bc':
                    self.__init__(self.rows, self.cols)
                i = m.end()
                continue
            if ch == '\r':
                self.c = 0
                self.wrap_pending = False
            elif ch == '\n':
                self._newline()
                self.wrap_pending = False
            elif ch == '\b':
                self.c = max(0, self.c - 1)
                self.wrap_pending = False
            elif ch == '\t':
                self.c = min(self.cols - 1, (self.c // 8 + 1) * 8)
            elif ch >= ' ' and ch != '\x7f':
                self._put(ch)
            i += 1

    def text(self):
        """The visible screen, one line per row, trailing blanks and empty rows removed."""
        rows = [''.join(line).rstrip() for line in self.lines]
        while rows and not rows[-1]:
            rows.pop()
        return '\n'.join(rows)

    def line(self, row=None):
        """One row (default: the cursor's), trailing blanks removed."""
        return ''.join(self.lines[self.r if row is None else row]).rstrip()


def timeout_scale():
    try:
        return max(float(os.environ.get('IPSH_TEST_TIMEOUT_SCALE', '1')), 0.1)
    except ValueError:
        return 1.0


class TestFailure(AssertionError):
    """A failed expectation; the message ends with the tail of the screen."""


def known_bug(description, intermittent=False):
    """Marks a test that fails (always, or only sometimes when `intermittent`) because of a
    bug outside the interactive module."""
    def mark(fn):
        fn.known_bug = description
        fn.known_bug_intermittent = intermittent
        return fn
    return mark


def clean_text(raw):
    """Screen text for matching: escapes removed, CR LF -> LF, stray CR and BEL dropped."""
    text = raw
    # An escape sequence cut by the end of the buffer waits for the rest of it.
    cut = text.rfind('\x1b')
    if cut >= 0 and cut > len(text) - 32 and not _ESCAPE_RE.match(text, cut):
        text = text[:cut]
    text = _ESCAPE_RE.sub('', text)
    text = text.replace('\r\n', '\n').replace('\r', '').replace('\x07', '')
    return text


def proc_state(pid):
    """The state letter of process `pid` from /proc (R, S, D, T stopped, Z zombie), or None
    when there is no such process (it was reaped)."""
    try:
        with open(f'/proc/{pid}/stat') as f:
            stat = f.read()
        return stat[stat.rindex(')') + 2:].split()[0]
    except (OSError, ValueError, IndexError):
        return None


def proc_status_mask(pid, field):
    """A signal mask of /proc/<pid>/status (SigIgn, SigBlk, SigCgt) as a set of numbers."""
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith(field + ':'):
                bits = int(line.split()[1], 16)
                return {n for n in range(1, 65) if bits & (1 << (n - 1))}
    return set()


def describe_pids(pids):
    out = []
    for pid in pids:
        try:
            with open(f'/proc/{pid}/cmdline', 'rb') as f:
                cmd = f.read().replace(b'\0', b' ').decode(errors='replace').strip()
        except OSError:
            cmd = '?'
        out.append(f'{pid} ({cmd})')
    return ', '.join(out)


class Shell:
    """One ipsh process on its own pty. Create it through the factory passed to a test."""

    def __init__(self, shell_path, env, args, rows, cols, cwd, home, label, argv0=None):
        self.home = home
        self.label = label
        self.rows, self.cols = rows, cols
        self.raw = ''
        self._text = None
        self.pos = 0             # index in output() after the last match
        self.prompt_number = 0
        self.closed = False
        self.exit_status = None  # waitpid status once reaped
        self.eof = False
        self._decoder_tail = b''
        self.screen = Screen(rows, cols)
        pid, fd = pty.fork()
        if pid == 0:  # child: already the leader of a new session with the pty as its terminal
            try:
                # Start like a login on a fresh terminal: default signal dispositions (Python
                # ignores SIGPIPE and SIGXFSZ, a CI runner may ignore SIGINT), nothing
                # blocked, no descriptors beyond 0-2 (the runner's own may be inheritable).
                for sig in range(1, signal.NSIG):
                    if sig not in (signal.SIGKILL, signal.SIGSTOP):
                        try:
                            signal.signal(sig, signal.SIG_DFL)
                        except (OSError, ValueError):
                            pass
                signal.pthread_sigmask(signal.SIG_SETMASK, [])
                os.closerange(3, os.sysconf('SC_OPEN_MAX'))
                if cwd:
                    os.chdir(cwd)
                os.execve(shell_path, [argv0 or shell_path] + args, env)
            except BaseException as e:  # noqa: BLE001 - report anything, then leave at once
                os.write(2, f'harness: exec {shell_path}: {e}\n'.encode())
            os._exit(127)
        self.pid = pid
        self.fd = fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))

    # --- reading -------------------------------------------------------------------------
    def _read_some(self, timeout):
        """Reads what the pty has within `timeout`; False when nothing came."""
        if self.eof:
            if timeout > 0:
                time.sleep(min(timeout, 0.05))
            return False
        r, _, _ = select.select([self.fd], [], [], max(timeout, 0))
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError as e:
            if e.errno != errno.EIO:
                raise
            data = b''
        if not data:
            self.eof = True
            return False
        data = self._decoder_tail + data
        # Keep a cut UTF-8 sequence for the next read.
        keep = 0
        for k in range(1, min(4, len(data)) + 1):
            b = data[-k]
            if b & 0xC0 == 0x80:
                continue
            if b & 0xC0 == 0xC0 and k < (2 if b < 0xE0 else 3 if b < 0xF0 else 4):
                keep = k
            break
        self._decoder_tail = data[len(data) - keep:] if keep else b''
        chunk = data[:len(data) - keep].decode('utf-8', errors='replace')
        self.raw += chunk
        self.screen.feed(chunk)
        self._text = None
        return True

    def output(self):
        if self._text is None:
            self._text = clean_text(self.raw)
        return self._text

    def tail(self, n=2000):
        return self.output()[-n:]

    def has_line(self, text):
        """True when a whole line of the screen text (so far) equals text."""
        return re.search(r'(?m)^' + re.escape(text) + r'$', self.output()) is not None

    def screen_text(self):
        """What the terminal shows now (see Screen), after reading what is pending."""
        while self._read_some(0.02):
            pass
        return self.screen.text()

    def fail(self, message):
        raise TestFailure(f'{message}\n--- last screen output ({self.label}) ---\n'
                          f'{self.tail()}\n--- end of screen output ---\n'
                          f'--- terminal now ({self.rows}x{self.cols}) ---\n'
                          f'{self.screen.text()}\n--- end of terminal ---')

    def expect(self, pattern, timeout=5.0):
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout * timeout_scale()
        while True:
            m = rx.search(self.output(), self.pos)
            if m:
                self.pos = m.end()
                return m
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if self.eof:
                self.fail(f'expected {rx.pattern!r} but the shell closed the terminal')
            self._read_some(min(left, 0.5))
        self.fail(f'timed out after {timeout * timeout_scale():.1f}s waiting for {rx.pattern!r}'
                  f'\n--- unmatched text ---\n{self.output()[self.pos:][-1000:]!r}')

    def expect_screen(self, pattern, timeout=5.0):
        """Waits until the terminal as displayed (screen_text()) matches `pattern` (re.M);
        for redrawn lines (history recall, completion) where the byte stream has
        backspaces and cursor moves. Does not move the expect() position."""
        rx = re.compile(pattern, re.M) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout * timeout_scale()
        while True:
            m = rx.search(self.screen.text())
            if m:
                return m
            left = deadline - time.monotonic()
            if left <= 0:
                self.fail(f'timed out after {timeout * timeout_scale():.1f}s waiting for the '
                          f'terminal to show {rx.pattern!r}')
            if self.eof:
                self.fail(f'the terminal never showed {rx.pattern!r}: the shell closed it')
            self._read_some(min(left, 0.5))

    def expect_cursor_line(self, text, timeout=5.0):
        """Waits until the row the cursor is on reads exactly `text` (trailing blanks aside)."""
        deadline = time.monotonic() + timeout * timeout_scale()
        while self.screen.line() != text:
            left = deadline - time.monotonic()
            if left <= 0 or self.eof:
                self.fail(f'the cursor row is {self.screen.line()!r}, expected {text!r}')
            self._read_some(min(left, 0.2))

    def expect_exact(self, text, timeout=5.0):
        return self.expect(re.escape(text), timeout)

    def expect_prompt(self, timeout=5.0):
        """Waits for prompt number prompt_number+1; returns the text printed before it."""
        want = self.prompt_number + 1
        start = self.pos
        m = self.expect(r'ipsh\[%d\]\$ ' % want, timeout)
        self.prompt_number = want
        return self.output()[start:m.start()]

    def expect_ps2(self, timeout=5.0):
        return self.expect_exact(PS2, timeout)

    def expect_nothing(self, seconds, pattern=None):
        """Fails if `pattern` (default: any new prompt) appears within `seconds`."""
        rx = re.compile(pattern or PROMPT_RE)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self._read_some(deadline - time.monotonic())
            m = rx.search(self.output(), self.pos)
            if m:
                self.fail(f'{rx.pattern!r} showed up too early: {m.group(0)!r}')

    def expect_eof(self, timeout=5.0):
        deadline = time.monotonic() + timeout * timeout_scale()
        while not self.eof:
            left = deadline - time.monotonic()
            if left <= 0:
                self.fail(f'the shell did not close the terminal within {timeout}s')
            self._read_some(min(left, 0.5))

    def foreground_pgid(self):
        """The terminal's foreground process group (TIOCGPGRP works on the master side)."""
        try:
            return os.tcgetpgrp(self.fd)
        except OSError:
            return None

    def wait_job_foreground(self, timeout=5.0, members=1):
        """Waits until a job, not the shell, owns the terminal and its process group has at
        least `members` live processes: the command typed with sendline() has really
        started (every stage of a pipeline of `members` commands), so Ctrl-C/Ctrl-Z now
        reach all of it and not the shell."""
        deadline = time.monotonic() + timeout * timeout_scale()
        while True:
            pg = self.foreground_pgid()
            n = len(group_members(pg)) if pg is not None and pg != self.pid else 0
            # The shell hands the terminal over before it sends SIGCONT (fg) and then blocks
            # in waitpid: a Ctrl-Z typed between the two stops the job only for the SIGCONT
            # to resume it. Once the shell sleeps in the kernel's wait, that is over.
            if n >= members and self.shell_in_wait():
                return pg
            if time.monotonic() >= deadline:
                self.fail(f'no job of {members} process(es) took the terminal within '
                          f'{timeout * timeout_scale():.1f}s (foreground group: {pg} with {n}, '
                          f'shell: {self.pid})')
            self._read_some(0.01)

    def shell_in_wait(self):
        """True when the shell is blocked in waitpid (its /proc wchan is do_wait), or when
        this kernel does not say where a process sleeps."""
        if not wchan_works():
            return True
        return 'wait' in read_wchan(self.pid)

    def wait_shell_foreground(self, timeout=5.0):
        """Waits until the shell's own process group owns the terminal again."""
        self.wait_until(lambda: self.foreground_pgid() == self.pid,
                        'the shell did not take the terminal back', timeout)

    def wait_until(self, predicate, what, timeout=5.0):
        """Polls predicate() every 10 ms, reading the terminal meanwhile, until it is true."""
        deadline = time.monotonic() + timeout * timeout_scale()
        while not predicate():
            if time.monotonic() >= deadline:
                self.fail(f'{what} (waited {timeout * timeout_scale():.1f}s)')
            self._read_some(0.01)

    def wait_proc_state(self, pid, states, timeout=5.0):
        """Waits until process `pid` is in one of `states` (see proc_state; None = gone)."""
        if isinstance(states, str) or states is None:
            states = [states]
        self.wait_until(lambda: proc_state(pid) in states,
                        f'process {pid} is {proc_state(pid)!r}, expected one of {list(states)!r}',
                        timeout)

    def bg_pid(self, out):
        """The pid of `[N] pid`, the line an interactive shell prints for `cmd &`."""
        m = re.search(r'^\[\d+\] (\d+)$', out, re.M)
        if not m:
            self.fail(f'no "[N] pid" line for a background job in {out!r}')
        return int(m.group(1))

    # --- writing -------------------------------------------------------------------------
    def resize(self, rows, cols):
        """Sets the window size; the kernel sends SIGWINCH to the foreground process group."""
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
        self.rows, self.cols = rows, cols
        self.screen.resize(rows, cols)

    def send(self, text):
        data = text.encode() if isinstance(text, str) else text
        while data:
            n = os.write(self.fd, data)
            data = data[n:]

    def sendline(self, text=''):
        self.send(text + '\r')

    def send_ctrl(self, ch):
        c = ch.lower()
        code = {'@': 0, '[': 27, '\\': 28, ']': 29, '^': 30, '_': 31, '?': 127}.get(c)
        if code is None:
            code = ord(c) - ord('a') + 1
        self.send(bytes([code]))

    def run(self, cmd, timeout=5.0):
        """Types cmd and Enter at a prompt; returns the command's output up to the next prompt."""
        if '\n' in cmd or '\r' in cmd:
            raise ValueError('run() takes one line; use send()/expect() for more')
        if len(cmd) + 12 >= self.cols:
            raise ValueError('run() needs a command that fits on one screen line')
        if self.prompt_number == 0:
            self.expect_prompt(timeout)
        self.sendline(cmd)
        before = self.expect_prompt(timeout)
        # Readline echoes the line, then Enter moves to the next line.
        nl = before.find('\n')
        echo, out = (before, '') if nl < 0 else (before[:nl], before[nl + 1:])
        # A redraw (resize, job notice) may repeat the prompt inside the echoed line.
        echo = re.split(PROMPT_RE, echo)[-1]
        if echo.strip() != cmd.strip():
            self.fail(f'run({cmd!r}): the echoed line was {echo!r}')
        return out

    def status(self):
        out = self.run('echo $?')
        try:
            return int(out.strip())
        except ValueError:
            self.fail(f'`echo $?` printed {out!r}')

    # --- ending --------------------------------------------------------------------------
    def alive(self):
        if self.exit_status is not None:
            return False
        pid, st = os.waitpid(self.pid, os.WNOHANG)
        if pid == self.pid:
            self.exit_status = st
            return False
        return True

    def _wait(self, timeout):
        deadline = time.monotonic() + timeout * timeout_scale()
        while self.alive():
            if time.monotonic() >= deadline:
                return False
            if not self._read_some(0.05):
                time.sleep(0.01)
        # Collect the last words (sanitizer reports are written before exit).
        while self._read_some(0.05):
            pass
        return True

    def session_members(self):
        return session_members(self.pid, exclude=(self.pid,))

    def close(self, exit=True, expect_status=None, timeout=5.0, allow_signal=None):
        if self.closed:
            return
        problems = []
        try:
            if exit and self.alive() and not self.eof:
                self.sendline('exit')
            if not self._wait(timeout):
                problems.append(f'the shell did not exit within {timeout * timeout_scale():.1f}s')
                self._kill_session()
                self._wait(2)
            st = self.exit_status
            if st is not None:
                if os.WIFSIGNALED(st) and os.WTERMSIG(st) != allow_signal:
                    sig = os.WTERMSIG(st)
                    problems.append(f'the shell was killed by signal {sig} '
                                    f'({signal.Signals(sig).name})')
                elif (expect_status is not None and os.WIFEXITED(st)
                      and os.WEXITSTATUS(st) != expect_status):
                    problems.append(f'the shell exited with {os.WEXITSTATUS(st)}, '
                                    f'expected {expect_status}')
            m = _SANITIZER_RE.search(self.output())
            if m:
                problems.append('a sanitizer reported an error:\n' + self.output()[m.start():][:3000])
            stray = []
            for _ in range(40):
                stray = self.session_members()
                if not stray:
                    break
                time.sleep(0.05)
            if stray:
                problems.append('processes left behind in the shell\'s session: ' + describe_pids(stray))
                self._kill_session()
        finally:
            self.closed = True
            try:
                os.close(self.fd)
            except OSError:
                pass
        if problems:
            self.fail('; '.join(problems))

    def _kill_session(self):
        for pid in [self.pid] + self.session_members():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass

    def exit_code(self):
        """The exit status after close() (None when killed by a signal)."""
        st = self.exit_status
        return os.WEXITSTATUS(st) if st is not None and os.WIFEXITED(st) else None


class ShellFactory:
    """Passed to each test: starts shells that share one private HOME, closes them after."""

    def __init__(self, shell_path, helper, home, test_name):
        self.shell_path = os.path.abspath(shell_path)
        self.helper = os.path.abspath(helper) if helper else ''
        self.home = home
        self.test_name = test_name
        self.source_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        self.prefix = f'ipshpty{os.getpid()}{re.sub(r"[^A-Za-z0-9]", "", test_name)[-20:]}'
        self.shells = []

    def __call__(self, env=None, args=None, rows=24, cols=80, histfile=True, cwd=None, argv0=None):
        e = {
            'PATH': '/usr/local/bin:/usr/bin:/bin',
            'TERM': 'xterm',
            'LC_ALL': 'C',
            'HOME': self.home,
            'TMPDIR': self.home,
            'PS1': PS1,
            'PS2': PS2,
            'TEST_HELPER': self.helper or '',
            'IPSH_TEST_PREFIX': self.prefix,
            'IPSH_SOURCE_ROOT': self.source_root,
        }
        if histfile:
            e['HISTFILE'] = os.path.join(self.home, 'hist')
        # Sanitizer settings pass through, so an ASan build reports into the screen text.
        for k in ('ASAN_OPTIONS', 'LSAN_OPTIONS', 'UBSAN_OPTIONS'):
            if k in os.environ:
                e[k] = os.environ[k]
        for k, v in (env or {}).items():
            if v is None:
                e.pop(k, None)
            else:
                e[k] = v
        argv = list(args) if args is not None else []
        if '--rc' in argv:
            argv.remove('--rc')
        else:
            argv.insert(0, '--norc')
        label = f'shell #{len(self.shells) + 1} of {self.test_name}'
        sh = Shell(self.shell_path, e, argv, rows, cols, cwd or self.home, self.home, label, argv0)
        self.shells.append(sh)
        return sh

    def close_all(self):
        """Closes shells the test left open; raises the first problem found."""
        first = None
        for sh in self.shells:
            try:
                sh.close()
            except TestFailure as e:
                first = first or e
        leaked = leftover_ipc(self.prefix)
        for path in leaked:
            try:
                os.unlink(path)
            except OSError:
                pass
        if leaked and not first:
            first = TestFailure(f'IPC objects left behind: {leaked}')
        if first:
            raise first
