locations = {(0, 0): "origin", (1, 2): "point"}
print(locations[(1, 2)], (0, 0) in locations)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()) == hash(()), hash((1,)) == hash((1.0,)))
try:
    hash((1, [2]))
except TypeError as error:
    print("TypeError:", error)
seen = set()
for pair in [(1, 2), (2, 1), (1, 2), (3, 3)]:
    if pair in seen:
        print("duplicate", pair)
    seen.add(pair)
print(len(seen))
