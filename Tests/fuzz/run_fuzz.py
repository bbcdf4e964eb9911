#!/usr/bin/env python3
"""Runs the call fuzzer (call_fuzzer.py) on Tern in the test suite's modes.

usage: Tests/fuzz/run_fuzz.py TERN [--seed S] [--calls N] [--timeout SECONDS] [--modes plain,stress7,stress1]

--calls sets the number of calls of every mode (default: each mode's own, below).

Each mode is one test: the fuzzer must exit 0 and print its `fuzz: ... ok` line
within the timeout. A signal, a hang, a heap verifier failure or a damaged heap
fails it; the failing run is repeated with --trace so that the report names the
last call made. Ends with `N passed, N failed`.
"""
import argparse
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FUZZER = os.path.join(HERE, "call_fuzzer.py")
# Each mode's options and its number of calls in the test suite: the plain run is
# cheap (30 000 calls in seconds, each target ~15 times); under GC stress every call
# costs collections and verifier passes, so those runs cover each target about once.
MODES = {
    "plain": ([], 30000),
    # A minor collection at every safepoint, a major one at every 7th, the verifier after each.
    "stress7": (["--gc-stress", "7", "--verify-heap"], 3000),
    # A major collection at every safepoint.
    "stress1": (["--gc-stress", "1", "--verify-heap"], 2500),
}


def describe_exit(code):
    if code < 0:
        try:
            return "killed by " + signal.Signals(-code).name
        except ValueError:
            return "killed by signal %d" % -code
    return "exit status %d" % code


def run(command, timeout):
    started = time.time()
    try:
        process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                                 stdin=subprocess.DEVNULL, text=True, errors="replace")
    except subprocess.TimeoutExpired as expired:
        return None, expired.stdout or "", expired.stderr or "", time.time() - started
    return process.returncode, process.stdout, process.stderr, time.time() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tern")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--calls", type=int, default=None)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--modes", default="plain,stress7,stress1")
    options = parser.parse_args()
    passed = failed = 0
    for mode in options.modes.split(","):
        flags, calls = MODES[mode]
        command = [options.tern] + flags + [FUZZER, "--seed", str(options.seed), "--calls", str(options.calls or calls)]
        code, out, err, seconds = run(command, options.timeout)
        last = out.strip().splitlines()[-1] if out.strip() else ""
        if code == 0 and last.startswith("fuzz:") and last.endswith("ok"):
            passed += 1
            print("PASS %s (%.1f s): %s" % (mode, seconds, last), flush=True)
            continue
        failed += 1
        outcome = "timed out after %.0f s" % options.timeout if code is None else describe_exit(code)
        print("FAIL %s: %s" % (mode, outcome), flush=True)
        for line in (out.strip().splitlines() + err.strip().splitlines())[-15:]:
            print("    " + line)
        # The same run with every call written to stderr first: its last line names the culprit.
        code, out, traced, seconds = run(command + ["--trace"], options.timeout)
        calls = [line for line in traced.splitlines() if line[:1].isdigit()]
        if calls:
            print("    last call of the traced rerun (%s): %s" % (
                "timed out" if code is None else describe_exit(code), calls[-1]))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
