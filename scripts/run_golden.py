#!/usr/bin/env python3
"""run_golden.py: golden script tests.

Each tests/scripts/<area>/<name>.sh runs under a clean environment (env -i, LC_ALL=C) in a
private temporary directory, in its own session, with stdin from /dev/null and a timeout.
Its stdout must equal <name>.out (empty if absent), its stderr <name>.err (empty if absent)
and its exit status <name>.status (0 if absent).

  --update        rewrite the expectation files from ipsh's current behaviour
  --compare SH    also run every test under SH (e.g. dash) and check stdout and status there
                  (stderr wording differs between shells). A script containing the line
                  `# not-<basename of SH>: reason` is skipped for that shell.

Environment of a test: PATH, LC_ALL=C, HOME and TMPDIR (the private directory), TEST_HELPER
(tests/helpers/print_state), IPSH (the shell under test), IPSH_SOURCE_ROOT (the repository)
and IPSH_TEST_PREFIX (a unique prefix for IPC object names).

After each test the runner fails it if a process of its session is still alive, or if a
POSIX IPC object whose name starts with the test's prefix (IPSH_TEST_PREFIX) is left behind.
Ends with "SUMMARY passed=N failed=M".
"""
import argparse
import difflib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from leftovers import leftover_ipc, session_members

TIMEOUT = 60


def run_one(shell, helper, script, workdir, prefix):
    env = {
        'PATH': '/usr/local/bin:/usr/bin:/bin',
        'LC_ALL': 'C',
        'HOME': workdir,
        'TMPDIR': workdir,
        'TEST_HELPER': helper or '',
        'IPSH_TEST_PREFIX': prefix,
        'TERM': 'dumb',
        # The shell under test and the source tree, for tests that run example scripts.
        'IPSH': shell,
        'IPSH_SOURCE_ROOT': os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    }
    name = os.path.basename(script)
    shutil.copy(script, os.path.join(workdir, name))
    # Data files next to the script (name.data/...) are copied too.
    data = script[:-3] + '.data'
    if os.path.isdir(data):
        shutil.copytree(data, os.path.join(workdir, 'data'))
    start = time.monotonic()
    proc = subprocess.Popen([shell, name], cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    timed_out = False
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    elapsed = time.monotonic() - start
    # Anything still alive in the test's session was left behind.
    stray = []
    for _ in range(20):
        stray = session_members(proc.pid)
        if not stray:
            break
        time.sleep(0.05)
    for pid in stray:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return out, err, proc.returncode, timed_out, stray, elapsed


def read(path, default=b''):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except FileNotFoundError:
        return default


def diff(label, want, got):
    w = want.decode(errors='replace').splitlines(keepends=True)
    g = got.decode(errors='replace').splitlines(keepends=True)
    return ''.join(difflib.unified_diff(w, g, f'expected {label}', f'actual {label}'))


def collect(paths):
    scripts = []
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                if name.endswith('.sh'):
                    scripts.append(os.path.join(p, name))
        elif p.endswith('.sh'):
            scripts.append(p)
    return scripts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shell', required=True)
    ap.add_argument('--helper', default='')
    ap.add_argument('--update', action='store_true')
    ap.add_argument('--compare', action='append', default=[])
    ap.add_argument('paths', nargs='+')
    args = ap.parse_args()
    shell = os.path.abspath(args.shell)
    helper = os.path.abspath(args.helper) if args.helper else ''
    passed = failed = 0
    for script in collect(args.paths):
        base = script[:-3]
        rel = os.path.relpath(script)
        with open(script, 'rb') as f:
            text = f.read().decode(errors='replace')
        shells = [('ipsh', shell)]
        for other in args.compare:
            tag = os.path.basename(other)
            if f'# not-{tag}' not in text:
                shells.append((tag, other))
        for tag, sh in shells:
            prefix = f'ipshtest{os.getpid()}x{passed + failed}'
            with tempfile.TemporaryDirectory(prefix='ipsh-golden-') as work:
                out, err, status, timed_out, stray, elapsed = run_one(sh, helper, script, work, prefix)
            leaked = leftover_ipc(prefix)
            for path in leaked:
                try:
                    os.unlink(path)
                except OSError:
                    pass
            if args.update and tag == 'ipsh':
                with open(base + '.out', 'wb') as f:
                    f.write(out)
                if err:
                    with open(base + '.err', 'wb') as f:
                        f.write(err)
                elif os.path.exists(base + '.err'):
                    os.unlink(base + '.err')
                if status != 0:
                    with open(base + '.status', 'w') as f:
                        f.write(f'{status}\n')
                elif os.path.exists(base + '.status'):
                    os.unlink(base + '.status')
            want_out = read(base + '.out')
            want_err = read(base + '.err')
            want_status = int(read(base + '.status', b'0').strip() or b'0')
            problems = []
            if timed_out:
                problems.append(f'timed out after {TIMEOUT}s')
            if out != want_out:
                problems.append(diff('stdout', want_out, out))
            if tag == 'ipsh' and err != want_err:
                problems.append(diff('stderr', want_err, err))
            if status != want_status:
                problems.append(f'exit status {status}, expected {want_status}')
            if stray:
                problems.append(f'left processes behind: {stray}')
            if leaked:
                problems.append(f'left IPC objects behind: {leaked}')
            name = rel if tag == 'ipsh' else f'{rel} [{tag}]'
            if problems:
                failed += 1
                print(f'FAIL {name} ({elapsed:.2f}s)')
                for p in problems:
                    print('  ' + p.replace('\n', '\n  ').rstrip())
            else:
                passed += 1
                print(f'ok   {name} ({elapsed:.2f}s)')
    print(f'SUMMARY passed={passed} failed={failed}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
