def inner(n):
    for i in range(n):
        yield i
    return f"inner done with {n}"

def outer():
    result = yield from inner(3)
    print("inner returned:", result)
    second = yield from inner(1)
    print("second returned:", second)
    return "outer done"

g = outer()
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as stop:
        print("outer returned:", stop.value)
        break
print(values)

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
def delegate_to_iterables():
    yield from "ab"
    yield from range(2)
    yield from (x * 10 for x in range(2))
print(list(delegate_to_iterables()))
