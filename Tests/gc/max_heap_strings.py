# Many small strings until max_heap: MemoryError, then the program recovers.
parts = []
try:
    n = 0
    while True:
        parts.append("item %d" % n)
        n += 1
except MemoryError:
    count = len(parts)
    parts = []
    print("MemoryError", count > 1000)
print("after", len(["x%d" % i for i in range(100000)]))
