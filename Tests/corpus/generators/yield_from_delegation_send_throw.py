def inner():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except KeyError as error:
        print("inner caught", repr(error))
        return received

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "after delegation"

g = outer()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(KeyError("stop")))
try:
    next(g)
except StopIteration:
    print("outer finished")

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally on close")
def closing_outer():
    yield from closing_inner()
c = closing_outer()
next(c)
c.close()
print("closed delegating generator")
