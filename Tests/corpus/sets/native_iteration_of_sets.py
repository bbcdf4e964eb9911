s = {3, 1, 2}
print(sorted(s), list(frozenset("ab")) == list(frozenset("ab")), min(s), max(frozenset({7, -1})), sum(s))
print(tuple(sorted({(1, 2), (0, 5)})), "".join(sorted({"x", "a"})), len(list(set(range(1000)))))
t = {1, 2, 3}
def mutate(x):
    if x == 2:
        t.add(99)
    return x
try:
    max(t, key=mutate)
except RuntimeError as e:
    print("RuntimeError:", e)
u = {1, 2, 3}
def shrink(x):
    u.discard(3 if x != 3 else 1)
    return x
try:
    print(min(u, key=shrink))
except RuntimeError as e:
    print("RuntimeError:", e)
class S(set):
    def __iter__(self):
        return iter([42])
print(min(S({1, 2})), list(S({5})), sorted(S({9})))
