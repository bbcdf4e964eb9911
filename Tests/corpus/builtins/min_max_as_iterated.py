print(min({5, 3, 9}), max([1, 7, 2]), min(3, 1, 2), max("abc"), min((2.5, 1, 3)))
print(min([], default="empty"), max(iter([4, 8, 1])), min([[2], [1, 5]]), max([3, 1], key=lambda x: -x))
print(min([1, 2.0, True]), max([2, 2.0]), min(["b", "a"], key=str.upper))
class Noisy:
    def __init__(self, v): self.v = v
    def __lt__(self, other): print("lt", self.v, other.v); return self.v < other.v
    def __gt__(self, other): print("gt", self.v, other.v); return self.v > other.v
    def __repr__(self): return "N%d" % self.v
print(min([Noisy(3), Noisy(1), Noisy(2)]), max(Noisy(3), Noisy(5)))
def keyed(x):
    print("key", x); return -x
print(max(iter([1, 3, 2]), key=keyed))
for bad in ([], ()):
    try: min(bad)
    except ValueError as e: print(e)
try: max()
except TypeError as e: print(e)
try: max(1, 2, default=0)
except TypeError as e: print(e)
try: min(1)
except TypeError as e: print(e)
try: min([1, "a"])
except TypeError as e: print(e)
print(max([1, 2], key=None), min(range(10**20, 10**20 + 5)), max([-(2**70), 5]))
def gen():
    yield 4; yield 2; yield 6
print(min(gen()), max(gen()))
