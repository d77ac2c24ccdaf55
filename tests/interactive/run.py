#!/usr/bin/env python3
"""run.py: runs the interactive (pty) tests: every `test_*` function of tests/interactive/test_*.py.

    run.py --shell build/ipsh --helper build/tests/print_state [-k SUBSTRING]

Each test function gets a fresh ShellFactory (see harness.py) with a private HOME. The runner
prints `ok   name (0.42s)` or `FAIL name: reason` per test and ends with
`SUMMARY passed=N failed=M`, the line scripts/summarize.py reads. A test marked
@known_bug(...) that fails is reported as `FAIL name: known bug: ...`. Nothing is ever
skipped: a missing tool is a failure (scripts/setup installs what the tests need).

Timeouts scale with $IPSH_TEST_TIMEOUT_SCALE; when it is unset and the shell is a sanitizer
build (it links __asan_init), the scale is 3.
"""
import argparse
import glob
import importlib.util
import inspect
import os
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import harness  # noqa: E402

PER_TEST_LIMIT = 60  # seconds (times the scale): a hung test must not hang the suite


class TestTimeout(Exception):
    pass


def discover(filters):
    tests = []
    for path in sorted(glob.glob(os.path.join(HERE, 'test_*.py'))):
        modname = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(modname, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for name, fn in inspect.getmembers(mod, inspect.isfunction):
            if not name.startswith('test_') or fn.__module__ != modname:
                continue
            full = f'{modname}.{name}'
            if filters and not any(f in full for f in filters):
                continue
            tests.append((full, fn, fn.__code__.co_firstlineno))
    # Keep the order the tests are written in within each file.
    tests.sort(key=lambda t: (t[0].split('.')[0], t[2]))
    return [(n, f) for n, f, _ in tests]


def on_alarm(signum, frame):
    raise TestTimeout()


def sanitizer_summary(factory):
    """The SUMMARY line of a sanitizer report printed by any shell of the test (the report
    goes to the terminal; it often explains a failure that shows up as something else)."""
    for sh in factory.shells:
        m = re.search(r'SUMMARY: \w+Sanitizer: [^\n]*|runtime error: [^\n]*', sh.output())
        if m:
            return m.group(0)
    return None


def describe_error(exc, factory):
    summary = sanitizer_summary(factory)
    if summary:
        return f'sanitizer: {summary}\n' + describe_error_plain(exc, factory)
    return describe_error_plain(exc, factory)


def describe_error_plain(exc, factory):
    if isinstance(exc, harness.TestFailure):
        return str(exc)
    if isinstance(exc, TestTimeout):
        msg = f'the test ran longer than {PER_TEST_LIMIT * harness.timeout_scale():.0f}s'
    else:
        tb = traceback.extract_tb(exc.__traceback__)
        where = next((f for f in reversed(tb) if os.path.basename(f.filename).startswith('test_')),
                     tb[-1] if tb else None)
        loc = f'{os.path.basename(where.filename)}:{where.lineno}: {where.line}' if where else ''
        msg = f'{type(exc).__name__}: {exc}' if str(exc) else type(exc).__name__
        if loc:
            msg = f'{loc}\n    {msg}'
    if factory.shells:
        sh = factory.shells[-1]
        msg += f'\n--- last screen output ({sh.label}) ---\n{sh.tail()}\n--- end of screen output ---'
    return msg


def run_test(args, name, fn):
    home = tempfile.mkdtemp(prefix='ipsh-pty-')
    factory = harness.ShellFactory(args.shell, args.helper, home, name)
    error = None
    start = time.monotonic()
    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(max(1, int(PER_TEST_LIMIT * harness.timeout_scale())))
    try:
        try:
            fn(factory)
        except BaseException as e:  # noqa: BLE001 - every failure is reported, never raised
            if isinstance(e, KeyboardInterrupt):
                raise
            error = describe_error(e, factory)
        try:
            factory.close_all()
        except BaseException as e:  # noqa: BLE001
            if isinstance(e, KeyboardInterrupt):
                raise
            if error is None:
                error = describe_error(e, factory)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
        shutil.rmtree(home, ignore_errors=True)
    elapsed = time.monotonic() - start
    bug = getattr(fn, 'known_bug', None)
    if bug and error is None and getattr(fn, 'known_bug_intermittent', False):
        bug = None  # a race that did not show this time: nothing to say
    return name, error, elapsed, bug


def is_sanitized(path):
    """True for an ASan/UBSan build (about 3x slower): it names the sanitizer runtime."""
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return False
    return b'__asan_init' in data or b'__ubsan_handle' in data


def report(result):
    name, error, elapsed, bug = result
    if error is None:
        note = '  (marked known_bug, but passed on this build)' if bug else ''
        print(f'ok   {name} ({elapsed:.2f}s){note}', flush=True)
        return True
    prefix = f'known bug: {bug}: ' if bug else ''
    first, _, rest = error.partition('\n')
    print(f'FAIL {name} ({elapsed:.2f}s): {prefix}{first}', flush=True)
    if rest:
        print('    ' + rest.replace('\n', '\n    '), flush=True)
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shell', required=True)
    ap.add_argument('--helper', default='')
    ap.add_argument('-k', dest='filters', action='append', default=[],
                    help='run only tests whose module.name contains this (repeatable)')
    args = ap.parse_args()
    args.shell = os.path.abspath(args.shell)
    args.helper = os.path.abspath(args.helper) if args.helper else ''
    if 'IPSH_TEST_TIMEOUT_SCALE' not in os.environ and is_sanitized(args.shell):
        os.environ['IPSH_TEST_TIMEOUT_SCALE'] = '3'
    tests = discover(args.filters)
    passed = failed = 0
    start = time.monotonic()
    if not os.access(args.shell, os.X_OK):
        print(f'FAIL setup: {args.shell} is not an executable')
        failed += 1
        tests = []
    for name, fn in tests:
        if report(run_test(args, name, fn)):
            passed += 1
        else:
            failed += 1
    print(f'interactive suite: {time.monotonic() - start:.1f}s', flush=True)
    print(f'SUMMARY passed={passed} failed={failed}', flush=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
