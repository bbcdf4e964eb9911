def leaky():
    yield 1
    raise StopIteration("inside")

try:
    print(list(leaky()))
except RuntimeError as error:
    print("RuntimeError:", error, "| cause:", repr(error.__cause__))

def uses_next_on_empty():
    it = iter([])
    yield next(it, "default")
print(list(uses_next_on_empty()))
def return_value():
    yield 1
    return 99
g = return_value()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("value", stop.value, stop.args)
