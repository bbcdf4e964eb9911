# Functions, builtins and bound methods have __call__, which calls them.
def add(x, y=10, *rest, scale=1):
    return (x + y + sum(rest)) * scale


print(add.__call__(1))
print(add.__call__(1, 2, 3, 4, scale=2))
print(len.__call__([1, 2, 3]))
print(sorted.__call__([3, 1, 2], reverse=True))


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by=1):
        self.count += by
        return self.count


c = Counter()
print(c.bump.__call__())
print(c.bump.__call__(by=5))
print([hasattr(x, "__call__") for x in (add, len, c.bump, Counter, 3, "s")])
print(callable(add.__call__), callable(c.bump.__call__))
print(add.__call__.__call__(5, 5))
try:
    add.__call__()
except TypeError as error:
    print("TypeError:", error)
try:
    len.__call__(1, 2)
except TypeError as error:
    print("TypeError:", error)
print(list(map(add.__call__, [1, 2], [3, 4])))
