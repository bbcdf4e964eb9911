#!/usr/bin/env python3
"""Inputs on which CPython 3.11 itself crashes (a C stack overflow under a raised
recursion limit), so they cannot be differential: Tern must raise RecursionError
and keep running, with the JIT at its defaults, off and forced.

usage: Tests/limits/run_limit_tests.py TERN
Ends with `N passed, N failed`."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JIT_SETTINGS = [[], ["--jit", "off"], ["--jit", "threshold=1,function_threshold=1,trace_eagerness=1"]]

REPR = "RecursionError: maximum recursion depth exceeded while getting the repr of an object"
COMPARE = "RecursionError: maximum recursion depth exceeded in comparison"
# (program, expected stdout)
CASES = [
    ("native_recursion_raised_limit.py", "".join(line + "\n" for line in [
        "repr of nested lists " + REPR,
        "str of nested tuples " + REPR,
        "repr of nested dicts " + REPR,
        "f-string of nested lists " + REPR,
        "%-format of nested tuples " + REPR,
        "== of nested tuples " + COMPARE,
        "< of nested tuples " + COMPARE,
        "== of nested lists " + COMPARE,
        "in over nested lists " + COMPARE,
        "sorted nested lists " + COMPARE,
        "json.dumps of nested dicts RecursionError: maximum recursion depth exceeded while encoding a JSON object",
        "json.loads of nested arrays RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string",
        "repr through __repr__ RecursionError: maximum recursion depth exceeded",
        "== through __eq__ " + COMPARE,
        "hash of tuples nested 8 000 000 deep RecursionError: maximum recursion depth exceeded",
        "still running",
    ])),
]


def main():
    tern = os.path.abspath(sys.argv[1])
    passed = failed = 0
    for program, expected in CASES:
        for settings in JIT_SETTINGS:
            name = " ".join([program] + settings)
            try:
                result = subprocess.run([tern] + settings + [os.path.join(HERE, program)],
                                        capture_output=True, text=True, timeout=600)
                problem = None
                if result.returncode != 0:
                    problem = "exit status %d\n%s" % (result.returncode, result.stderr[-2000:])
                elif result.stdout != expected:
                    problem = "stdout differs:\n" + result.stdout
            except subprocess.TimeoutExpired:
                problem = "timed out"
            if problem:
                failed += 1
                print("FAIL %s: %s" % (name, problem))
            else:
                passed += 1
                print("ok   %s" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
