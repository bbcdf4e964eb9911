# copy.copy, copy.deepcopy and pickle of sets, frozensets, their subclasses and the
# containers and instances that hold them (CPython's copy.py reduces what it has no
# copier for, so sets need __reduce__).
import copy, pickle, collections, array, types
class S(set): pass
class F(frozenset): pass
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a, self.b = [1], {2}
class Plain:
    def __init__(self): self.x = {1: [2, {3}]}
values = [{1, 2, (3, 4)}, frozenset({1, 2}), S({1, 2}), F({3}), collections.deque([1, [2]], maxlen=5),
          collections.defaultdict(list, {1: [2]}), collections.OrderedDict(a=1), collections.Counter("abca"),
          array.array("i", [1, 2]), bytearray(b"xy"), 3 + 4j, slice(1, 2, 3), range(1, 9, 2),
          types.SimpleNamespace(a={1}), Slotted(), Plain(), {"k": {1, 2}}, [set(), frozenset()]]
for v in values:
    name = type(v).__name__
    for label, f in (("copy", copy.copy), ("deepcopy", copy.deepcopy),
                     ("pickle", lambda x: pickle.loads(pickle.dumps(x))), ("pickle3", lambda x: pickle.loads(pickle.dumps(x, 3)))):
        try:
            r = f(v)
            same = (r == v) if not isinstance(v, (Slotted, Plain)) else (type(r) is type(v) and vars(r) if isinstance(v, Plain) else (r.a, r.b) == (v.a, v.b))
            print(name, label, type(r).__name__, bool(same))
        except Exception as e:
            print(name, label, "ERROR", type(e).__name__, e)
