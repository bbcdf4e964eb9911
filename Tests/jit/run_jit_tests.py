#!/usr/bin/env python3
"""Tern-only checks of the JIT that a differential test cannot make: loops are
compiled and run compiled, `--jit off` compiles nothing, tern.jit_stats() and
TERN_JIT_LOG report what happened, and bad settings get clear errors.
Usage: run_jit_tests.py path/to/tern. Ends with `N passed, N failed`."""
import os
import subprocess
import sys
import tempfile

TERN = sys.argv[1]
HOT_LOOP = """
import tern
def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total
print(work(100000))
stats = tern.jit_stats()
print(sorted(stats))
print(stats['loops_compiled'], stats['loops_alive'], stats['loop_entries'] > 0, stats['machine_code_bytes'] > 0)
"""
results = []


def check(name, condition, detail=""):
    results.append(condition)
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else ": " + detail))


def run(arguments, source, env=None):
    return subprocess.run([TERN] + arguments + ["-c", source], capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})), timeout=60)


on = run([], HOT_LOOP)
lines = on.stdout.splitlines()
check("a hot loop runs compiled", on.returncode == 0 and lines[0] == "299995" and lines[2] == "1 1 True True",
      on.stdout + on.stderr)
check("jit_stats names its counters", len(lines) > 1 and lines[1] == str(sorted([
    "enabled", "loops_compiled", "loops_freed", "loops_alive", "traces_aborted", "guard_failures", "loop_entries",
    "machine_code_bytes", "jit_data_bytes", "recording_time_ns", "compiling_time_ns"])), on.stdout)
off = run(["--jit", "off"], HOT_LOOP)
check("--jit off compiles nothing", off.stdout.splitlines()[-1:] == ["0 0 False False"], off.stdout + off.stderr)
env_off = run([], HOT_LOOP, {"TERN_JIT": "off"})
check("TERN_JIT=off compiles nothing", env_off.stdout.splitlines()[-1:] == ["0 0 False False"], env_off.stdout)
with tempfile.TemporaryDirectory() as directory:
    log = os.path.join(directory, "jit.log")
    run([], HOT_LOOP, {"TERN_JIT_LOG": log})
    text = open(log).read() if os.path.exists(log) else ""
    check("TERN_JIT_LOG shows the trace before and after optimisation",
          "recorded" in text and "optimized" in text and "intModulo" in text and "guardObject" in text, text[:400])
for setting, message in [("threshold=x", "tern: jit threshold must be a whole number, not 'x'"),
                         ("speed=9", "tern: unknown jit setting 'speed'"),
                         ("fast", "tern: --jit setting 'fast' is not off, on or name=value")]:
    bad = run(["--jit", setting], "print(1)")
    check(f"--jit {setting} is refused", bad.returncode != 0 and message in bad.stderr, bad.stderr)
print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
sys.exit(0 if all(results) else 1)
