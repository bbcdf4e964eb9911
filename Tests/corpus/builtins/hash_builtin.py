print(hash(0), hash(1), hash(-1), hash(12345), hash(-12345), hash(True), hash(False))
print(hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), hash((1, (2, 3))) == hash((1.0, (2, 3.0))), hash((None,)) == hash((None,)))
print(hash(1.0) == hash(1), hash(0.5), hash(-1.5), hash(None) == hash(None))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as error:
        print("TypeError:", error)
print(hash(frozenset()) == hash(frozenset()), hash((1, 2)) == hash((1, 2)))
