# gc: enable/disable/isenabled, collect, get_stats, get_count.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
data = [[i, str(i)] for i in range(2000)]
gc.enable()
print(gc.isenabled(), len(data))
data = None
collected = gc.collect()
print(isinstance(collected, int) and collected >= 0)
stats = gc.get_stats()
print(len(stats), all(all(key in s for key in ("collections", "collected", "uncollectable")) for s in stats))
print(len(gc.get_count()), isinstance(gc.get_threshold(), tuple))
