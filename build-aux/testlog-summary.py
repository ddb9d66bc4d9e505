#!/usr/bin/env python3
"""Counts the results in meson testlog.json files and prints 'N passed, N failed'."""
import json
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding='utf-8') as log:
            for line in log:
                if not line.strip():
                    continue
                result = json.loads(line).get('result')
                if result in ('OK', 'EXPECTEDFAIL'):
                    passed += 1
                elif result == 'SKIP':
                    skipped += 1
                else:
                    failed += 1
                    print(f"failed: {json.loads(line).get('name')} ({result})", file=sys.stderr)
    except FileNotFoundError:
        print(f'no test log at {path}: the build failed', file=sys.stderr)
        failed += 1

line = f'{passed} passed, {failed} failed'
if skipped:
    line += f', {skipped} skipped'
print(line)
sys.exit(1 if failed else 0)
