functions = []
for i in range(3):
    functions.append(lambda: i)
print([f() for f in functions])

bound = []
for i in range(3):
    bound.append(lambda i=i: i)
print([f() for f in bound])

def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])

def shared_cell():
    value = 1
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = shared_cell()
print(g())
s(42)
print(g())
