#!/usr/bin/env python3
"""run.py: placeholder, replaced by the pty harness."""
print('SUMMARY passed=0 failed=0')
