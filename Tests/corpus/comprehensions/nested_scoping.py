def table(n):
    return [[f"{r}x{c}={r * c}" for c in range(1, n + 1)] for r in range(1, n + 1)]
for row in table(3):
    print(" ".join(row))
offset = 100
print([x + offset for x in range(3)])
def closures():
    return [lambda: i for i in range(3)]
print([f() for f in closures()])
def closures_fixed():
    return [(lambda i=i: i) for i in range(3)]
print([f() for f in closures_fixed()])
class Holder:
    base = 10
    values = [base + i for i in range(2)] if False else None
print(Holder.values)
x = 5
print([x for x in range(3)], x)
