def show(*args, **kwargs):
    print(args, kwargs)

def value(label, v):
    print("evaluating", label)
    return v

show(value("a", 1), *[value("b", 2)], k=value("c", 3), **{"z": value("d", 4)})
args = (1, 2)
kwargs = {"sep": "-"}
print(*args, **kwargs)
print(*"abc", sep="|")
print(*[], "only")
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1], *(2,), **{"c": 3}), f(c=1, *(2, 3)))
try:
    f(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as error:
    print("TypeError:", error)
