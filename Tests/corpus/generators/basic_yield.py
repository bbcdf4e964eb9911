def numbers():
    print("start")
    yield 1
    print("between")
    yield 2
    print("end")

g = numbers()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration", stop.value)
print(list(numbers()))
print(next(g, "exhausted"))
