"""A long-running program that keeps loading new code: each cycle writes a changed
module to disk and imports it afresh, and execs a freshly generated module; both
run hot and are then dropped. With loop longevity and code that dies with its
loops, memory stays flat. Usage: reload.py [CYCLES] [ITERATIONS]. Prints a
checksum every 50 cycles and, on stderr, RSS after cycle 20 and at the end."""
import os
import sys

sys.dont_write_bytecode = True  # a rewritten module must be compiled afresh, never read from a stale cache

CYCLES = int(sys.argv[1]) if len(sys.argv) > 1 else 200
ITERATIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 3000


def resident_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def module_source(cycle):
    return (f"SCALE = {cycle % 17 + 1}\n"
            f"table = [k * {cycle % 5 + 1} for k in range(64)]\n"
            f"def work(n):\n    total = {cycle}\n    for k in range(n):\n"
            f"        total = (total + table[k & 63] * SCALE + k % {cycle % 7 + 2}) % 1000003\n    return total\n"
            f"class Counter:\n    def __init__(self):\n        self.count = {cycle}\n"
            f"    def run(self, n):\n        for k in range(n):\n            self.count += k % {cycle % 3 + 2}\n        return self.count\n")


directory = f"/tmp/tern-reload-{os.getpid()}"
os.mkdir(directory)
sys.path.insert(0, directory)
checksum = 0
rss_after_warmup = 0.0
for cycle in range(CYCLES):
    name = f"generated_{cycle % 3}"
    with open(os.path.join(directory, name + ".py"), "w") as file:
        file.write(module_source(cycle))
    sys.modules.pop(name, None)
    module = __import__(name)
    checksum = (checksum * 31 + module.work(ITERATIONS) + module.Counter().run(ITERATIONS)) % 1000000007
    namespace = {}
    exec(compile(module_source(cycle + 1000), f"<generated {cycle}>", "exec"), namespace)
    checksum = (checksum * 31 + namespace["work"](ITERATIONS)) % 1000000007
    del module, namespace
    sys.modules.pop(name, None)
    if cycle % 50 == 49:
        print(cycle + 1, checksum)
    if cycle == 19:
        rss_after_warmup = resident_mb()
for name in os.listdir(directory):
    os.remove(os.path.join(directory, name))
os.rmdir(directory)
print(f"RSS after 20 cycles {rss_after_warmup:.1f} MB, after {CYCLES} {resident_mb():.1f} MB", file=sys.stderr)
try:
    import tern
    stats = tern.jit_stats()
    print(" ".join(f"{key}={stats[key]}" for key in ["loops_compiled", "loops_freed", "loops_alive", "machine_code_bytes"]),
          file=sys.stderr)
except ImportError:
    pass
