import sys
data = [4, 8, 15, 16, 23, 42]
if (count := len(data)) > 5:
    print(f"{count} items")
total = 0
index = 0
while (index := index + 1) <= 3:
    total += index
print(total, index)
print([(x, y) for x in range(4) if (y := x * x) % 2 == 0])
print((n := 10) + n, n)
def get_match(items, predicate):
    for item in items:
        if (found := predicate(item)):
            return item, found
    return None
print(get_match(data, lambda v: v > 20 and v * 2))
lines = iter(["a", "b", ""])
while (line := next(lines)):
    print("line", line)
