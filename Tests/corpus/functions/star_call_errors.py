# f(*x) with a non-iterable x: CPython names the callee in the message.
def f(*a): return a
try:
    f(*1)
except TypeError as e:
    print(e)
print(f(*"ab"), f(*[1], **{}))
try:
    print(*5)
except TypeError as e:
    print(e)
