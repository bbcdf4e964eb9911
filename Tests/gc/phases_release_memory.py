# A phase builds ~100 MB of data and drops it; after a collection the resident
# size falls back near where it started (empty chunks go back to the system).
import gc
def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / (1 << 20)
start = rss_mb()
for phase in range(3):
    data = [[j, str(j), (j, j)] for j in range(400_000)]
    peak = rss_mb()
    data = None
    gc.collect()
    after = rss_mb()
    print("phase", phase, "grew", peak - start > 50, "fell back", after - start < 25)
