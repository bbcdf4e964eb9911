nums = [1, 2, 3]
more = (4, 5)
print([*nums, *more, 6], (*nums,), {*nums, *more})
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1})
print(*nums, sep=", ")
print([*"abc", *range(2)], [*{}, *()] == [])
def f(*args, **kwargs):
    return args, kwargs
print(f(*nums, *more), f(**d1, **{"q": 9}))
try:
    f(**d1, **{"a": 5})
except TypeError as error:
    print("TypeError:", error)
