"""Runs a cases script (SCRIPT SEED COUNT, one line of results per case) on CPython and on
Tern at each JIT setting and compares the lines: the shared runner of the randomised
differential stages (regex_differential.py, cmath_differential.py)."""
import argparse
import subprocess
import sys

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


def main(doc, cases_script, default_cases):
    """Parses `TERN [--seeds 1,2,3] [--cases N] [--timeout SECONDS]`; each seed is one test
    per JIT setting, whose failure shows the first line that differs. Returns the exit status."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tern")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--cases", type=int, default=default_cases)
    parser.add_argument("--timeout", type=float, default=300)
    options = parser.parse_args()
    passed = failed = 0
    for seed in options.seeds.split(","):
        expected, error = output_of([sys.executable, cases_script, seed, str(options.cases)], options.timeout)
        if error:
            print(f"FAIL seed {seed}: CPython: {error}")
            failed += 1
            continue
        for setting, flags in JIT_SETTINGS.items():
            actual, error = output_of([options.tern] + flags + [cases_script, seed, str(options.cases)], options.timeout)
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
