def gen():
    yield 1

g = gen()
print(g.__name__, g.__qualname__ if hasattr(g, "__qualname__") else "")
print(iter(g) is g)
print(list(g), list(g))
def running():
    x = yield "first"
    print("resumed with", x)
    yield "second"
r = running()
print(next(r))
print(r.send("value"))
try:
    r.send("x")
except StopIteration:
    print("done")
def recursive_gen():
    yield 1
    try:
        g2 = self_ref
        next(g2)
    except ValueError as error:
        print("ValueError:", error)
    yield 2
self_ref = recursive_gen()
print(list(self_ref))
