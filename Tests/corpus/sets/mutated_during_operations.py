# Set operations whose item comparisons (__eq__ in Python) empty the sets being
# compared: the operation must finish (or raise RuntimeError) without touching
# items the sets no longer hold. CPython's test_set does this with random
# choices (bpo-46615); here the choices come from a counter.

counter = [0]


def tick(every):
    counter[0] += 1
    return counter[0] % every == 0


def make_sets():
    class Bad:
        def __eq__(self, other):
            if not enabled[0]:
                return False
            if tick(7):
                first.clear()
            if tick(11):
                second.clear()
            return tick(2)

        def __hash__(self):
            return counter[0] % 2

        def __repr__(self):
            if enabled[0] and tick(5):
                first.clear()
            return "Bad"

    enabled = [False]
    first = set(Bad() for _ in range(30))
    second = set(Bad() for _ in range(25))
    enabled[0] = True
    return first, second


operations = {
    "|": lambda a, b: a | b, "&": lambda a, b: a & b, "-": lambda a, b: a - b, "^": lambda a, b: a ^ b,
    "==": lambda a, b: a == b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
    "isdisjoint": lambda a, b: a.isdisjoint(b), "copy": lambda a, b: a.copy(), "frozenset": lambda a, b: frozenset(a),
    "repr": lambda a, b: repr(a), "difference_update": lambda a, b: a.difference_update(b),
    "symmetric_difference_update": lambda a, b: a.symmetric_difference_update(b),
}
for name, operation in operations.items():
    outcomes = set()
    for _ in range(40):
        a, b = make_sets()
        try:
            operation(a, b)
            outcomes.add("finished")
        except RuntimeError:
            outcomes.add("finished")
    print(name, sorted(outcomes))


def isub(a, b):
    a -= b


def ixor(a, b):
    a ^= b


def iand(a, b):
    a &= b


def ior(a, b):
    a |= b


for operation in (isub, ixor, iand, ior):
    for _ in range(40):
        a, b = make_sets()
        try:
            operation(a, b)
        except RuntimeError:
            pass
    print(operation.__name__, "finished")
