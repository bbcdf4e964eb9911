# Millions of partially consumed generators: each dies after one step, so the
# collector that finds it dead frees it and memory stays flat.
import sys
def counter(n):
    for i in range(n):
        yield i
total = 0
count = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
for i in range(count):
    g = counter(10)
    total += next(g)
    total += next(g)
print(total)
