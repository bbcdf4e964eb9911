# Cells read by traced loops: free variables of comprehensions and closures,
# rebound by a call inside the loop, and deleted while the loop runs.
def scaled(xs, k):
    return [x * k for x in xs]
print(sum(scaled(list(range(3000)), 3)))

def rebinding(n):
    step = 1
    def change(v):
        nonlocal step
        step = v
    total = 0
    for i in range(n):
        total += step
        if i % 700 == 0:
            change(i % 5)
    return total, step
print(rebinding(4000))

def deleted(n):
    value = 10
    def drop():
        nonlocal value
        del value
    def read():
        return [value + i for i in range(n)]
    first = sum(read())
    drop()
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    return first
print(deleted(3000))

def outer_cell(n):
    limit = n // 2
    count = 0
    for i in range(n):
        if i < limit:
            count += 1
        elif i == limit:
            limit = limit // 2
    inner = lambda: limit
    return count, inner()
print(outer_cell(5000))
