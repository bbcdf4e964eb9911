"""Generates, compiles, runs hot and drops a module of 80 functions, 200 times:
even cycles through exec(compile(...)), odd cycles by writing the module to a
file and importing it (a changed module re-imported under the same name).
Every function, code object and module must be freed once dropped, so resident
memory stays flat after the first cycles (the runner also compares the time
with CPython's on the same program).

usage: code_reload_flat.py [CYCLES] [ITERATIONS]; prints one line."""
import os
import sys

CYCLES = int(sys.argv[1]) if len(sys.argv) > 1 else 200
ITERATIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 400
FUNCTIONS = 80


def resident_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def module_source(cycle):
    parts = [f"SCALE = {cycle % 7 + 1}\n"]
    for index in range(FUNCTIONS):
        parts.append(
            f"def f{index}(n):\n"
            f"    total = {cycle}\n"
            f"    items = [k * SCALE for k in range({index % 5 + 3})]\n"
            f"    for k in range(n):\n"
            f"        total += (k * {index} + items[k % len(items)]) % {index + 7}\n"
            f"    return total\n")
    parts.append(f"class Holder{cycle}:\n    def run(self, n):\n        return f0(n) + f1(n)\n")
    return "\n".join(parts)


def run_module(namespace):
    total = 0
    for index in range(FUNCTIONS):
        total += namespace[f"f{index}"](ITERATIONS)
    return total


directory = f"/tmp/tern-code-reload-{os.getpid()}"
os.mkdir(directory)
# A module rewritten within one second must not be served from a stale .pyc.
sys.dont_write_bytecode = True
sys.path.insert(0, directory)
checksum = 0
baseline = None
for cycle in range(CYCLES):
    source = module_source(cycle)
    if cycle % 2 == 0:
        namespace = {}
        exec(compile(source, f"<generated {cycle}>", "exec"), namespace)
        checksum += run_module(namespace)
        del namespace
    else:
        path = os.path.join(directory, "reloaded_module.py")
        with open(path, "w") as handle:
            handle.write(source)
        sys.modules.pop("reloaded_module", None)
        module = __import__("reloaded_module")
        checksum += run_module(vars(module))
        del module
        sys.modules.pop("reloaded_module", None)
    if cycle == min(20, CYCLES - 1):
        baseline = resident_mb()
growth = resident_mb() - baseline
os.remove(os.path.join(directory, "reloaded_module.py"))
os.rmdir(directory)
print(f"checksum {checksum} growth under 10 MB {growth < 10}")
if growth >= 10:
    print(f"resident memory grew by {growth:.1f} MB after cycle 20", file=sys.stderr)
