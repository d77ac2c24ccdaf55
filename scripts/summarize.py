#!/usr/bin/env python3
"""summarize.py: adds up the test cases of every suite in meson test logs.

Each golden and interactive runner prints "SUMMARY passed=N failed=M"; the doctest runner
prints "[doctest] test cases: T | P passed | F failed". A suite that ended without its summary
(a crash, a timeout) counts as one failed test. The last line printed is "N passed, N failed".
"""
import json
import re
import sys

passed = failed = 0
for path in sys.argv[1:]:
    try:
        lines = open(path).read().splitlines()
    except OSError:
        failed += 1
        print(f'{path}: no test log', file=sys.stderr)
        continue
    for line in lines:
        t = json.loads(line)
        out = t.get('stdout', '') or ''
        m = re.findall(r'SUMMARY passed=(\d+) failed=(\d+)', out)
        d = re.findall(r'\[doctest\] test cases:\s*\d+\s*\|\s*(\d+) passed\s*\|\s*(\d+) failed', out)
        if m:
            p, f = map(int, m[-1])
        elif d:
            p, f = map(int, d[-1])
        else:
            p, f = 0, 1
            print(f"{t.get('name')}: ended without a summary ({t.get('result')})", file=sys.stderr)
        if t.get('result') not in ('OK', 'EXPECTEDFAIL') and f == 0:
            f = 1
        passed += p
        failed += f
print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
