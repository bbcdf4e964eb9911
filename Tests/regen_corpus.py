#!/usr/bin/env python3
"""Regenerate the expected results of the corpus (NAME.out, NAME.err) with CPython 3.11.

Usage: Tests/regen_corpus.py [--only PATTERN] [--python python3]

Each program runs exactly as run_corpus.py runs it (its directory as working
directory, relative script path, NAME.args, NAME.stdin, PYTHONHASHSEED=0).
NAME.out receives stdout; NAME.err is written when the program exits non-zero or
writes to stderr (the exit code on the first line, then the whole of stderr,
normalised as run_corpus.py compares it: run_corpus.error_record) and removed
otherwise.  Files are rewritten only when
their content changes, so running it twice changes nothing.
"""

import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_corpus  # noqa: E402  (shares discovery and the way programs are run)


def check_version(python):
    """Refuse to produce expectations with anything but CPython 3.11."""
    probe = subprocess.run(
        [python, "-c", "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])"],
        capture_output=True, text=True, check=True)
    if probe.stdout.split() != ["CPython", "3", "11"]:
        sys.exit(f"regen_corpus: {python} is {probe.stdout.strip()!r}, need CPython 3.11")


def write_if_changed(path, data):
    """Write bytes to path unless it already holds them; return True when written."""
    if os.path.exists(path):
        with open(path, "rb") as handle:
            if handle.read() == data:
                return False
    with open(path, "wb") as handle:
        handle.write(data)
    return True


def main():
    parser = argparse.ArgumentParser(description="Regenerate corpus expectations with CPython 3.11.")
    parser.add_argument("--only", action="append", default=[], help="area or name pattern (repeatable)")
    parser.add_argument("--python", default="python3")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--corpus", default=run_corpus.CORPUS_DIRECTORY, help="corpus directory")
    options = parser.parse_args()

    check_version(options.python)
    command_prefix = [run_corpus.resolve_implementation(options.python)]
    tests = run_corpus.select_tests(run_corpus.discover_tests(os.path.abspath(options.corpus)), options.only)
    changed = 0
    for test in tests:
        outcome = run_corpus.run_program(command_prefix, test, options.timeout)
        if outcome.timed_out:
            print(f"TIMEOUT {test.identifier}: not regenerated", file=sys.stderr)
            continue
        wrote = write_if_changed(test.sibling(".out"), outcome.stdout)
        error_path = test.sibling(".err")
        record = run_corpus.error_record(test, outcome)
        if record is not None:
            wrote = write_if_changed(error_path, record.encode("utf-8")) or wrote
        elif os.path.exists(error_path):
            os.remove(error_path)
            wrote = True
        if wrote:
            changed += 1
            print(f"updated {test.identifier}")
    print(f"{len(tests)} tests, {changed} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
