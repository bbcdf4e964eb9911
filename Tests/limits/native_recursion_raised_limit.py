# Swift-side recursion over deeply nested values under a raised recursion limit:
# CPython 3.11 overflows its C stack on most of these (a segfault); Tern raises
# RecursionError, and hashing a tuple nested deeper than any stack holds does too.
import json
import sys

sys.setrecursionlimit(130000)
DEPTH = 200000


def nest(make, depth=DEPTH):
    value = 0
    for _ in range(depth):
        value = make(value)
    return value


tuples, other_tuples = nest(lambda x: (x,)), nest(lambda x: (x,))
lists, other_lists = nest(lambda x: [x]), nest(lambda x: [x])
dicts = nest(lambda x: {"k": x})


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "Node(" + repr(self.child) + ")"

    def __eq__(self, other):
        return self.child == other.child


cases = [
    ("repr of nested lists", lambda: repr(lists)),
    ("str of nested tuples", lambda: str(tuples)),
    ("repr of nested dicts", lambda: repr(dicts)),
    ("f-string of nested lists", lambda: f"{lists!r}"),
    ("%-format of nested tuples", lambda: "%s" % (tuples,)),
    ("== of nested tuples", lambda: tuples == other_tuples),
    ("< of nested tuples", lambda: tuples < other_tuples),
    ("== of nested lists", lambda: lists == other_lists),
    ("in over nested lists", lambda: lists in [other_lists]),
    ("sorted nested lists", lambda: sorted([lists, other_lists])),
    ("json.dumps of nested dicts", lambda: json.dumps(dicts)),
    ("json.loads of nested arrays", lambda: json.loads("[" * DEPTH + "]" * DEPTH)),
    ("repr through __repr__", lambda: repr(nest(Node))),
    ("== through __eq__", lambda: nest(Node) == nest(Node)),
    ("hash of tuples nested 8 000 000 deep", lambda: hash(nest(lambda x: (x,), 8000000))),
]
for name, run in cases:
    try:
        run()
        print(name, "returned")
    except RecursionError as error:
        print(name, "RecursionError:", error)
print("still running")
