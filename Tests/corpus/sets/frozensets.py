f = frozenset([3, 1, 2, 3])
print(f, len(f), 1 in f, f | {4}, f & {1, 9})
print(frozenset(), frozenset("aab") == frozenset({"a", "b"}))
groups = {frozenset({1, 2}): "pair", frozenset({3}): "single"}
print(groups[frozenset({2, 1})])
print({f, frozenset([1, 2, 3])} == {f}, hash(f) == hash(frozenset({1, 2, 3})))
try:
    f.add(5)
except AttributeError as error:
    print("AttributeError:", error)
print(type(f | {1}).__name__, type({1} | f).__name__, set(f) == f)
