#!/usr/bin/env python3
"""Tern-only checks of the JIT that a differential test cannot make: loops are
compiled and run compiled, `--jit off` compiles nothing, tern.jit_stats() and
TERN_JIT_LOG report what happened, bad settings get clear errors, and the memory
manager frees loops (by age, by code budget, with their code, when an object
their code names dies) without changing a result.
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
    "enabled", "loops_compiled", "loops_freed", "loops_alive", "loops_retraced", "bridges_compiled",
    "bridges_freed", "bridges_alive", "generation",
    "traces_aborted",
    "guard_failures", "instances_made_at_exits", "loop_entries",
    "machine_code_bytes", "machine_code_mapped_bytes", "machine_code_resident_bytes",
    "jit_data_bytes", "recording_time_ns", "compiling_time_ns"])), on.stdout)
timed = run([], HOT_LOOP, {"TERN_JIT_TIME": "1"})
check("TERN_JIT_TIME prints the JIT's time at exit", timed.stdout == on.stdout and any(
    line.startswith("tern-jit-time recording_ns=") and " loops=1 " in line for line in timed.stderr.splitlines()),
      timed.stderr)
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
# Instances kept in values (docs/jit.md): an exit inside an inlined method makes its receiver.
KEPT = """
import tern
class V:
    def __init__(self, x):
        self.x = x
    def times(self, k):
        return self.x * k
def run():
    total = 0
    for i in range(3000):
        total += V(1 << (i // 60)).times(1 << 20)
    return total
print(run(), tern.jit_stats()["instances_made_at_exits"] > 0)
"""
kept_on, kept_off = run([], KEPT), run(["--jit", "off"], KEPT)
check("exits make the instances a trace kept in values, with the interpreter's result",
      kept_on.returncode == 0 and kept_on.stdout.split()[0] == kept_off.stdout.split()[0]
      and kept_on.stdout.split()[1] == "True" and kept_off.stdout.split()[1] == "False", kept_on.stdout + kept_off.stdout)
for setting, message in [("threshold=x", "tern: jit threshold must be a whole number, not 'x'"),
                         ("speed=9", "tern: unknown jit setting 'speed'"),
                         ("fast", "tern: --jit setting 'fast' is not off, on or name=value")]:
    bad = run(["--jit", setting], "print(1)")
    check(f"--jit {setting} is refused", bad.returncode != 0 and message in bad.stderr, bad.stderr)

# Loop longevity (docs/jit.md): the phased and reload programs of bench/longevity.
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PHASED = os.path.join(ROOT, "bench", "longevity", "phased.py")
RELOAD = os.path.join(ROOT, "bench", "longevity", "reload.py")


def run_file(arguments, path, program_arguments, env=None):
    return subprocess.run([TERN] + arguments + [path] + program_arguments, capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})), timeout=120)


def counters(stderr):
    line = stderr.strip().splitlines()[-1] if stderr.strip() else ""
    return {key: int(value) for key, value in (part.split("=") for part in line.split() if "=" in part)}


phased_args = ["6", "20", "1500"]
reference = run_file(["--jit", "off"], PHASED, phased_args)
kept = run_file(["--jit", "loop_longevity=0"], PHASED, phased_args)
aged = run_file(["--jit", "loop_longevity=30"], PHASED, phased_args)
kept_counts, aged_counts = counters(kept.stderr), counters(aged.stderr)
check("loop_longevity=0 keeps every loop of every phase", kept.stdout == reference.stdout
      and kept_counts.get("loops_alive", 0) >= 90 and kept_counts.get("loops_retraced") == 0, kept.stdout + kept.stderr)
check("loop_longevity=30 frees the loops of finished phases, none still in use",
      aged.stdout == reference.stdout and 0 < aged_counts.get("loops_alive", 0) <= 45
      and aged_counts.get("loops_retraced") == 0 and aged_counts.get("loops_freed", 0) >= 55, aged.stdout + aged.stderr)
churn = run_file(["--jit", "loop_longevity=1"], PHASED, phased_args)
check("loop_longevity=1 frees loops still needed, and they are traced again",
      churn.stdout == reference.stdout and counters(churn.stderr).get("loops_retraced", 0) > 0, churn.stdout + churn.stderr)
budget = run_file(["--jit", "max_code=8KB"], PHASED, phased_args)
budget_counts = counters(budget.stderr)
check("max_code=8KB keeps machine code within 8 KB", budget.stdout == reference.stdout
      and 0 < budget_counts.get("machine_code_bytes", 0) <= 8192 and budget_counts.get("loops_freed", 0) > 0,
      budget.stdout + budget.stderr)
with tempfile.TemporaryDirectory() as directory:
    log_path = os.path.join(directory, "run.log")
    logged = run_file(["--jit", "loop_longevity=30", "--log", log_path], PHASED, phased_args)
    import json
    events = [json.loads(line) for line in open(log_path)] if os.path.exists(log_path) else []
    freed = [event for event in events if event["ev"] == "loop_freed"]
    samples = [event for event in events if event["ev"] == "sample"]
    header = events[0] if events else {}
    check("the log names each freed loop's reason and age; samples carry loops and code bytes",
          logged.stdout == reference.stdout and "old" in {event["reason"] for event in freed}
          and all("age" in event and "bytes" in event for event in freed)
          and all("loops_alive" in event and "code_bytes" in event for event in samples)
          and header.get("jit", {}).get("loop_longevity") == 30 and header.get("jit", {}).get("max_code") == 16 << 20,
          str(freed[:3]) + str(samples[:1]) + str(header.get("jit")))

CODE_DIES = """
import gc, tern
def make(constant):
    namespace = {}
    exec("def f(n):\\n    t = 0\\n    for k in range(n):\\n        t += K\\n    return t\\n", namespace)
    namespace["K"] = constant
    return namespace
namespace = make(3)
print(namespace["f"](5000))
print(tern.jit_stats()["loops_alive"])
for index in range(100):
    namespace["x%d" % index] = index   # the dict grows: the entry array the loop's guard names dies
gc.collect()
print(tern.jit_stats()["loops_alive"], namespace["f"](5000))
del namespace
gc.collect()
print(tern.jit_stats()["loops_alive"])
"""
with tempfile.TemporaryDirectory() as directory:
    log_path = os.path.join(directory, "run.log")
    dies = run(["--log", log_path], CODE_DIES)
    reasons = [json.loads(line).get("reason") for line in open(log_path) if '"loop_freed"' in line] \
        if os.path.exists(log_path) else []
    check("a loop dies when an object its guards name dies, and when its code dies",
          dies.stdout.split() == ["15000", "1", "0", "15000", "0"] and reasons == ["dead_reference", "code_freed"],
          dies.stdout + dies.stderr + str(reasons))

FREED_WHILE_RUNNING = os.path.join(ROOT, "Tests", "corpus", "jit", "loops_freed_while_running.py")
with tempfile.TemporaryDirectory() as directory:
    jit_log = os.path.join(directory, "jit.log")
    running = run_file(["--jit", "threshold=1,loop_longevity=1"], FREED_WHILE_RUNNING, [], {"TERN_JIT_LOG": jit_log})
    expected = open(FREED_WHILE_RUNNING[:-3] + ".out").read()
    text = open(jit_log).read() if os.path.exists(jit_log) else ""
    check("a loop freed while it runs finishes its iteration in the interpreter, then is freed",
          running.stdout == expected and "is running: freed (old) when its run ends" in text, running.stdout + running.stderr)

BRIDGES = """
import gc, tern
SOURCE = '''
class Add:
    def apply(self, x): return x + 1
class Double:
    def apply(self, x): return x * 2 % 1000
class Sub:
    def apply(self, x):
        if x > 500:
            return x - 300
        return x - 3
def work(n):
    shapes = [Add(), Double(), Sub(), Add()]
    total = 0
    for i in range(n):
        total += shapes[i % 4].apply(i % 1000)
        if i % 5 == 0:
            total -= 7
    return total
'''
namespace = {}
exec(SOURCE, namespace)
print(namespace["work"](200000))
stats = tern.jit_stats()
print(stats['loops_alive'], stats['bridges_compiled'] >= 3, stats['loop_entries'] < 3000, stats['machine_code_bytes'] > 0)
del namespace
gc.collect()
stats = tern.jit_stats()
print(stats['loops_alive'], stats['machine_code_bytes'], stats['jit_data_bytes'],
      stats['bridges_alive'], stats['bridges_freed'] == stats['bridges_compiled'])
"""
with tempfile.TemporaryDirectory() as directory:
    jit_log = os.path.join(directory, "jit.log")
    bridged = run([], BRIDGES, {"TERN_JIT_LOG": jit_log})
    text = open(jit_log).read() if os.path.exists(jit_log) else ""
    check("guards that fail often grow bridges: a polymorphic loop stays in machine code",
          bridged.stdout.splitlines()[:2] == ["92095000", "1 True True True"] and "# bridge from exit" in text,
          bridged.stdout + bridged.stderr + text[-600:])
    check("a loop's bridges are freed with it, machine code and data",
          bridged.stdout.splitlines()[2:] == ["0 0 0 0 True"], bridged.stdout)
    log_path = os.path.join(directory, "run.log")
    logged = run(["--log", log_path], BRIDGES)
    events = [json.loads(line) for line in open(log_path)] if os.path.exists(log_path) else []
    compiled = [event for event in events if event["ev"] in ("loop_compiled", "bridge_compiled")]
    freed = [event for event in events if event["ev"] in ("loop_freed", "bridge_freed")]
    bridge_ids = {event["id"] for event in compiled if event["ev"] == "bridge_compiled"}
    check("the log has a bridge_compiled and a bridge_freed per bridge, and their bytes add up",
          logged.stdout == bridged.stdout and len(bridge_ids) >= 3
          and bridge_ids == {event["id"] for event in freed if event["ev"] == "bridge_freed"}
          and sum(event["bytes"] for event in compiled) == sum(event["bytes"] for event in freed),
          str(compiled) + str(freed))

NESTED = """
import tern
def work(n):
    total = 0
    for i in range(n):
        for j in range(10):
            total += j * i % 7
        if i % 3 == 0:
            total -= 1
    return total
print(work(100000))
stats = tern.jit_stats()
print(stats['loops_compiled'], stats['bridges_compiled'] >= 1, stats['loop_entries'] < 3000)
"""
nested = run([], NESTED)
check("an outer loop's trace goes on into its inner loop's code, and the inner loop's end into the outer's",
      nested.stdout.split() == ["2366653", "2", "True", "True"], nested.stdout + nested.stderr)

RECURSIVE = """
import tern
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(22))
stats = tern.jit_stats()
print(stats['loops_compiled'] >= 1, stats['loop_entries'] > 1000)
"""
entry = run([], RECURSIVE)
never = run(["--jit", "function_threshold=1000000000"], RECURSIVE)
check("a function called often from the interpreter (here by its own recursion) is compiled from its entry and entered on its calls",
      entry.stdout.split() == ["17711", "True", "True"] and never.stdout.split() == ["17711", "False", "False"],
      entry.stdout + entry.stderr + never.stdout + never.stderr)

reloads = {}
for setting in ["on", "off"]:
    result = run_file(["--jit", setting], RELOAD, ["200"])
    numbers = [float(word) for word in result.stderr.split() if word.replace(".", "").isdigit()]
    reloads[setting] = (result.stdout, numbers)
growth = {setting: numbers[3] - numbers[1] if len(numbers) > 3 else 99 for setting, (_, numbers) in reloads.items()}
check("reloading and exec'ing new code 200 times runs in flat memory with the JIT on, as with it off",
      reloads["on"][0] == reloads["off"][0] and reloads["on"][0].count("\n") == 4
      and growth["on"] < 3 and growth["on"] < growth["off"] + 2, str(reloads))
print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
sys.exit(0 if all(results) else 1)
