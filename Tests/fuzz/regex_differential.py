#!/usr/bin/env python3
"""Random regular expressions on Tern and on CPython: every result must be the same.

usage: Tests/fuzz/regex_differential.py TERN [--seeds 1,2,3] [--cases N] [--timeout SECONDS]

regex_cases.py builds COUNT patterns from a seed (sets, categories, alternations,
groups, lookarounds, greedy and lazy repeats, str and bytes, IGNORECASE, MULTILINE,
DOTALL) and prints one line of results per case. Each seed is one test per JIT
setting (default, off, forced): Tern's lines must equal CPython's; a failure shows
the first line that differs. Ends with `N passed, N failed`.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "regex_cases.py")
JIT_SETTINGS = {"default": [], "off": ["--jit", "off"],
                "forced": ["--jit", "threshold=1,function_threshold=1,trace_eagerness=1"]}


def output_of(command, timeout):
    try:
        process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                                 stdin=subprocess.DEVNULL, text=True, errors="replace")
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:g} s"
    if process.returncode != 0:
        return None, f"exit status {process.returncode}: {process.stderr.strip().splitlines()[-1:]}"
    return process.stdout.splitlines(), None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tern")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--cases", type=int, default=4000)
    parser.add_argument("--timeout", type=float, default=300)
    options = parser.parse_args()
    passed = failed = 0
    for seed in options.seeds.split(","):
        expected, error = output_of([sys.executable, CASES, seed, str(options.cases)], options.timeout)
        if error:
            print(f"FAIL seed {seed}: CPython: {error}")
            failed += 1
            continue
        for setting, flags in JIT_SETTINGS.items():
            actual, error = output_of([options.tern] + flags + [CASES, seed, str(options.cases)], options.timeout)
            if error is None and actual != expected:
                line = next((index for index, (a, b) in enumerate(zip(actual, expected)) if a != b),
                            min(len(actual), len(expected)))
                error = (f"line {line + 1} differs\n  CPython: {expected[line] if line < len(expected) else '(end)'}"
                         f"\n  Tern:    {actual[line] if line < len(actual) else '(end)'}")
            if error:
                print(f"FAIL seed {seed}, JIT {setting}: {error}")
                failed += 1
            else:
                print(f"ok   seed {seed}, JIT {setting}: {len(expected)} cases alike")
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
