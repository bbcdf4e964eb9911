# Allocates until max_heap is reached, catches MemoryError, drops the data and
# carries on: the program keeps all its other state.
import gc
state = {"kept": list(range(1000))}
chunks = []
try:
    while True:
        chunks.append([i for i in range(10000)])
except MemoryError:
    print("MemoryError after", len(chunks) > 10)
chunks = None
gc.collect()
# The heap has room again.
again = [[i] * 100 for i in range(20000)]
print("recovered", len(again), sum(state["kept"]))
# With the collector disabled, reaching max_heap still collects before giving up.
gc.disable()
for round in range(3):
    try:
        chunks = []
        while True:
            chunks.append([i for i in range(10000)])
    except MemoryError:
        chunks = None
print("disabled", gc.isenabled(), "recovered")
