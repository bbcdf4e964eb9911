# pprint: nested containers, widths, depths, sorting, and saferepr of recursion.
import pprint
from collections import OrderedDict, defaultdict, Counter
from dataclasses import dataclass

data = {
    "numbers": list(range(25)),
    "nested": {"a": [1, 2, {"b": "x" * 40}], "c": (1, 2), "e": set()},
    "s": {3, 1, 2},
    "f": frozenset({"q"}),
    "text": "a long string " * 8,
    "bytes": b"\x00\x01" * 20,
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
print(pprint.pformat(list(range(3)), indent=4))
pprint.pprint([[1, 2], [3, [4, [5, [6]]]]], depth=3)

recursive = [1, 2]
recursive.append(recursive)
print(pprint.saferepr(recursive).split(" with id=")[0], pprint.isrecursive(recursive), pprint.isreadable(recursive))
print(pprint.isreadable(data), pprint.saferepr({"k": [1, (2,)]}))

pprint.pprint(OrderedDict((str(i), i) for i in range(8)), width=30)
counts = defaultdict(list)
counts["x"].append(1)
pprint.pprint(counts)
pprint.pprint(Counter("abracadabra"))


@dataclass
class Node:
    name: str
    children: list


pprint.pprint(Node("root", [Node("child" + str(i), []) for i in range(3)]), width=50)
printer = pprint.PrettyPrinter(width=20, indent=2)
printer.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta"}})
pprint.pp({"z": 1, "a": 2})
