# An instance with many attributes (argparse's Namespace gets one per option): past a
# limit its attributes move to a dict. Everything reads the same on either side of it.
class Bag:
    pass


bag = Bag()
for i in range(200):
    setattr(bag, f"field{i}", i * i)
print(len(vars(bag)), bag.field0, bag.field63, bag.field64, bag.field199)
print(list(vars(bag))[:3], list(vars(bag))[-2:])
print(getattr(bag, "field150"), hasattr(bag, "field200"), hasattr(bag, "field100"))

bag.field10 = "changed"
bag.extra = [1, 2]
del bag.field20
print(bag.field10, bag.extra, hasattr(bag, "field20"), len(bag.__dict__))
try:
    bag.field20
except AttributeError as error:
    print("AttributeError:", error)

# Reads and writes in a loop (cached sites see both kinds of instances).
small, big = Bag(), Bag()
for i in range(3):
    setattr(small, f"a{i}", i)
for i in range(100):
    setattr(big, f"a{i}", i)


def total(objects):
    s = 0
    for _ in range(300):
        for o in objects:
            s += o.a0 + o.a2
            o.a1 = s % 7
    return s


print(total([small, big]), small.a1, big.a1)


# A class whose __init__ sets many attributes, many instances.
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "w%d" % i, i)


items = [Wide(90) for _ in range(50)]
print(sum(item.w89 for item in items), sorted(vars(items[0]))[:2])
print(Wide(90).__dict__ == Wide(90).__dict__)

import argparse
parser = argparse.ArgumentParser()
for i in range(120):
    parser.add_argument(f"--option{i}", type=int, default=i)
namespace = parser.parse_args(["--option5", "55", "--option119", "7"])
print(namespace.option5, namespace.option119, namespace.option64, len(vars(namespace)))
