"""Six phases that each build 300 000 small lists and keep every fiftieth:
the survivors (only the last phase's are kept) leave every chunk sparse. Prints RSS in MB after each phase —
with chunk pages given back it falls back after each phase (docs/gc.md)."""
import gc


def resident_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


kept = None
for phase in range(6):
    data = [[(index, phase)] * (phase % 3 + 1) for index in range(300000)]
    kept = data[::50]
    del data
    gc.collect()
    print(phase, resident_mb())
