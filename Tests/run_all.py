#!/usr/bin/env python3
"""Tern's whole test suite: the one command the README and CI run.

Builds the release `tern`, then runs, each ending in its own tally:
  1. the Swift unit tests (`swift test`),
  2. the differential corpus on the release build,
  3. the same corpus in GC stress mode (a minor collection at every safepoint),
  4. the collector's own tests (Tests/gc: max_heap, MemoryError, RSS bounds),
  5. the end-to-end test of `tern report` / `tern record` (headless Chromium),
  6. the translation workload's small-scale tests, when present, on CPython and on Tern.
The last line sums them: `N passed, N failed`. Exit status 0 iff nothing failed.
"""
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPARSE_STRESS_AREAS = ["jit", "limits", "loops"]
# The JIT never changes a result: the corpus runs with it at its defaults, off, and
# forced (every loop traced on its first iteration, every guard's exits hot at once).
JIT_FORCED = "threshold=1,function_threshold=1,trace_eagerness=1"
TALLY = re.compile(r"^(?:\w+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$")


def run_stage(name, command, tally_parser=None, env=None):
    """Runs one stage, echoing its output; returns (passed, failed, skipped)."""
    print(f"\n=== {name}: {' '.join(command)}", flush=True)
    started = time.time()
    process = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True, errors="replace", env=env)
    output = process.stdout
    lines = output.splitlines()
    # Long outputs are trimmed to their end: the tally and the failures are there.
    shown = lines if len(lines) <= 200 else ["... (%d lines trimmed)" % (len(lines) - 200)] + lines[-200:]
    print("\n".join(shown), flush=True)
    passed = failed = skipped = 0
    if tally_parser:
        passed, failed = tally_parser(output)
    else:
        for line in reversed(lines):
            match = TALLY.match(line.strip())
            if match:
                passed, failed = int(match.group(1)), int(match.group(2))
                skipped = int(match.group(3) or 0)
                break
        else:
            failed = 1
    if process.returncode != 0 and failed == 0:
        failed = 1
        print(f"{name}: exited with status {process.returncode}")
    print(f"=== {name}: {passed} passed, {failed} failed, {skipped} skipped ({time.time() - started:.0f} s)", flush=True)
    return passed, failed, skipped


def swift_test_tally(output):
    """XCTest prints 'Executed N tests, with M failures'; Swift Testing prints its own line."""
    passed = failed = 0
    for match in re.finditer(r"Executed (\d+) tests?, with (\d+) failures?", output):
        total, failures = int(match.group(1)), int(match.group(2))
        passed, failed = total - failures, failures
    for match in re.finditer(r"Test run with (\d+) tests? (?:in \d+ suites? )?passed", output):
        passed += int(match.group(1))
    return passed, failed


def main():
    totals = [0, 0, 0]
    build = subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT)
    if build.returncode != 0:
        print("0 passed, 1 failed")
        return 1
    tern = os.path.join(ROOT, ".build", "release", "tern")
    stages = [
        ("release build checks", ["bash", "Tests/release/check_release_build.sh", tern], None),
        ("unit tests", ["swift", "test"], swift_test_tally),
        ("corpus", [sys.executable, "Tests/run_corpus.py", "--impl", tern, "--jobs", "2",
                    "--pending", "Tests/corpus/pending.txt"], None),
        ("corpus, JIT off", [sys.executable, "Tests/run_corpus.py", "--impl", tern, "--impl-args", "--jit off",
                             "--jobs", "2", "--pending", "Tests/corpus/pending.txt"], None),
        ("corpus, JIT forced", [sys.executable, "Tests/run_corpus.py", "--impl", tern, "--impl-args", "--jit " + JIT_FORCED,
                                "--jobs", "2", "--pending", "Tests/corpus/pending.txt"], None),
        # A minor collection at every safepoint and a major one at every 7th, with
        # the heap verifier after each (and the write-barrier check before each
        # minor one). Areas whose programs pass hundreds of thousands of loop
        # headers over large live heaps (`loops`, `limits`) run a major collection
        # at every 100th safepoint and no verifier (freed memory is still poisoned,
        # so a stale reference still fails), so that the stage stays within minutes.
        # Under GC stress the JIT is forced, so that traces meet collections at every loop header.
        # A program's limit is 300 s there: `import asyncio` alone takes about 95 s of CPU
        # under `--gc-stress 7 --verify-heap` (the verifier walks the heap at every collection).
        ("corpus, GC stress, JIT forced", [sys.executable, "Tests/run_corpus.py", "--impl", tern,
                               "--impl-args", "--gc-stress 7 --verify-heap --jit " + JIT_FORCED,
                               "--jobs", "2", "--timeout", "300", "--pending", "Tests/corpus/pending.txt"]
         + [area for area in sorted(os.listdir(os.path.join(ROOT, "Tests", "corpus")))
            if os.path.isdir(os.path.join(ROOT, "Tests", "corpus", area)) and area not in SPARSE_STRESS_AREAS], None),
        ("corpus jit, loops and limits, GC stress, major every 100th safepoint, JIT forced", [sys.executable, "Tests/run_corpus.py", "--impl", tern,
                               "--impl-args", "--gc-stress 100 --jit " + JIT_FORCED, "--jobs", "2", "--timeout", "120",
                               "--pending", "Tests/corpus/pending.txt"] + SPARSE_STRESS_AREAS, None),
        # Loop longevity: loops freed and traced again all the time, under the heap verifier.
        ("corpus, JIT forced, loop_longevity=1", [sys.executable, "Tests/run_corpus.py", "--impl", tern,
                                                  "--impl-args", "--verify-heap --jit " + JIT_FORCED + ",loop_longevity=1",
                                                  "--jobs", "2", "--pending", "Tests/corpus/pending.txt"], None),
        ("corpus, JIT forced, max_code=2KB", [sys.executable, "Tests/run_corpus.py", "--impl", tern,
                                              "--impl-args", "--verify-heap --jit " + JIT_FORCED + ",max_code=2KB",
                                              "--jobs", "2", "--pending", "Tests/corpus/pending.txt"], None),
        ("corpus, GC stress, JIT forced, loop_longevity=1", [sys.executable, "Tests/run_corpus.py", "--impl", tern,
                               "--impl-args", "--gc-stress 7 --verify-heap --jit " + JIT_FORCED + ",loop_longevity=1",
                               "--jobs", "2", "--timeout", "300", "--pending", "Tests/corpus/pending.txt"]
         + [area for area in sorted(os.listdir(os.path.join(ROOT, "Tests", "corpus")))
            if os.path.isdir(os.path.join(ROOT, "Tests", "corpus", area)) and area not in SPARSE_STRESS_AREAS], None),
        ("collector: max_heap, MemoryError recovery, memory bounds", [sys.executable, "Tests/gc/run_gc_tests.py", tern], None),
        ("collector tests, JIT forced", [sys.executable, "Tests/gc/run_gc_tests.py", tern], None, {"TERN_JIT": JIT_FORCED}),
        ("collector tests, JIT forced, loop_longevity=1, max_code=4KB", [sys.executable, "Tests/gc/run_gc_tests.py", tern],
         None, {"TERN_JIT": JIT_FORCED + ",loop_longevity=1,max_code=4KB"}),
        ("collector tests, JIT off", [sys.executable, "Tests/gc/run_gc_tests.py", tern], None, {"TERN_JIT": "off"}),
        ("limits: inputs that crash CPython raise RecursionError on Tern",
         [sys.executable, "Tests/limits/run_limit_tests.py", tern], None),
        ("CPython's regression tests, the quick modules, none below its baseline",
         [sys.executable, "Tests/cpython/run_cpython_tests.py", "--tern", tern, "--tern-only", "--fast",
          "--check", "Tests/cpython/baseline.json"], None),
        ("JIT: compiled loops, jit_stats, settings", [sys.executable, "Tests/jit/run_jit_tests.py", tern], None),
        ("report end-to-end", ["bash", "Tests/report/e2e.sh", tern], None),
        ("command line: -m, -O, -u, -B, -E, -I, -W, -X, PYTHON* versus CPython",
         [sys.executable, "Tests/cli/run_cli_tests.py", tern], None),
        ("code cache: __pycache__ files written, used, refreshed, ignored versus CPython",
         [sys.executable, "Tests/cli/run_code_cache_tests.py", tern], None),
        # Every builtin function and builtin type's method called with odd arguments in one
        # process (Tests/fuzz/call_fuzzer.py): plain, under GC stress with the verifier, and
        # with a major collection at every safepoint.
        ("call fuzzer, JIT forced", [sys.executable, "Tests/fuzz/run_fuzz.py", tern], None, {"TERN_JIT": JIT_FORCED}),
        # Random regular expressions (Tests/fuzz/regex_cases.py), 12 000 cases at each JIT setting,
        # against CPython's results.
        ("regular expressions, randomised, versus CPython", [sys.executable, "Tests/fuzz/regex_differential.py", tern], None),
        # Every cmath function on 3 000 random and special complex numbers per seed and JIT
        # setting (Tests/fuzz/cmath_cases.py): results and errors must be CPython's, bit for bit.
        ("cmath, randomised, versus CPython", [sys.executable, "Tests/fuzz/cmath_differential.py", tern], None),
        # Every truncation and word edit of the code of random patterns handed to _sre.compile:
        # refused, or run without a crash or a hang (Tern only: CPython crashes on some).
        ("regular expression code, mutated", [sys.executable, "Tests/fuzz/regex_code_mutations.py", tern], None),
    ]
    if os.path.exists(os.path.join(ROOT, "workloads", "translate", "run_tests")):
        stages.append(("translation workload", [sys.executable, "workloads/translate/run_tests"], None))
        # The same tests with the translator running on Tern: Tern's largest program.
        stages.append(("translation workload on Tern", [tern, "workloads/translate/run_tests"], None))
        stages.append(("translation workload on Tern, JIT forced", [tern, "workloads/translate/run_tests"], None,
                       {"TERN_JIT": JIT_FORCED}))
        stages.append(("translation workload on Tern, JIT forced, loop_longevity=1, max_code=16KB",
                       [tern, "workloads/translate/run_tests"], None,
                       {"TERN_JIT": JIT_FORCED + ",loop_longevity=1,max_code=16KB"}))
        stages.append(("translation workload on Tern, JIT off", [tern, "workloads/translate/run_tests"], None,
                       {"TERN_JIT": "off"}))
    only = sys.argv[1:]
    for name, command, parser, *extra in stages:
        if only and not any(word in name for word in only):
            continue
        env = dict(os.environ, **extra[0]) if extra else None
        passed, failed, skipped = run_stage(name, command, parser, env)
        totals[0] += passed
        totals[1] += failed
        totals[2] += skipped
    print()
    print(f"{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
    return 0 if totals[1] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
