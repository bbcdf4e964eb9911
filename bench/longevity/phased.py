"""A phased program: each phase generates 200 new functions, each with its own hot
loop, runs them for a while, and moves on. The functions stay referenced (like a
compiler's passes), so only loop longevity can free their compiled loops.
Usage: phased.py [PHASES] [FUNCTIONS] [ITERATIONS]. Prints one checksum per phase
and, at the end, the peak RSS in MB (VmHWM); on Tern also the JIT's counters."""
import sys

try:
    import tern
    phase = tern.phase
except ImportError:
    import os
    import time
    tern = None

    class phase:
        """Marks a phase in $TERN_LOG (one whole line per event) when run under `tern record`."""

        def __init__(self, name):
            self.name = name

        def log(self, event):
            path = os.environ.get("TERN_LOG")
            if path:
                descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                os.write(descriptor, ('{"ev":"%s","t":%d,"name":"%s"}\n' % (event, time.monotonic_ns(), self.name)).encode())
                os.close(descriptor)

        def __enter__(self):
            self.log("phase_start")
            return self

        def __exit__(self, *exception):
            self.log("phase_end")
            return False

PHASES = int(sys.argv[1]) if len(sys.argv) > 1 else 12
FUNCTIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 200
ITERATIONS = int(sys.argv[3]) if len(sys.argv) > 3 else 1500
ROUNDS = 4

OPERATIONS = ["total += (k * {a} + {b}) % {m}",
              "total += k // {m} - {b}",
              "total ^= k * {a} + {b}",
              "total = (total + k * {a}) % {big}",
              "if k % {m} == {b} % {m}:\n            total += {a}\n        else:\n            total -= 1"]


def function_source(phase_number, index):
    a, b, m = index % 13 + 2, phase_number * 7 + index, index % 11 + 3
    first = OPERATIONS[index % len(OPERATIONS)].format(a=a, b=b, m=m, big=1000003 + index)
    second = OPERATIONS[(index // 5 + phase_number) % len(OPERATIONS)].format(a=b, b=a, m=m + 1, big=999983)
    return (f"def f{index}(n):\n    total = {index}\n    for k in range(n):\n"
            f"        {first}\n        {second}\n    return total\n")


def peak_rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


kept = []
for phase_number in range(PHASES):
    with phase(f"phase {phase_number}"):
        source = "".join(function_source(phase_number, index) for index in range(FUNCTIONS))
        namespace = {}
        exec(compile(source, f"<phase {phase_number}>", "exec"), namespace)
        functions = [namespace[f"f{index}"] for index in range(FUNCTIONS)]
        kept.append(functions)
        checksum = 0
        for _ in range(ROUNDS):
            for function in functions:
                checksum = (checksum * 31 + function(ITERATIONS)) % 1000000007
        print(phase_number, checksum)
print(f"peak RSS {peak_rss_mb():.1f} MB", file=sys.stderr)
if tern is not None:
    stats = tern.jit_stats()
    print(" ".join(f"{key}={stats[key]}" for key in ["loops_compiled", "loops_freed", "loops_alive", "loops_retraced",
                                                      "machine_code_bytes", "machine_code_resident_bytes", "jit_data_bytes"]), file=sys.stderr)
