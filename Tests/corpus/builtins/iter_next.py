it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
values = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(values), "STOP")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
s = iter("xy")
print(iter(s) is s, list(s))
try:
    next(iter([]))
except StopIteration as error:
    print("StopIteration", repr(error))
try:
    next([1])
except TypeError as error:
    print("TypeError:", error)
