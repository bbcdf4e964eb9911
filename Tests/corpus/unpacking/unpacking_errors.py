cases = [
    lambda: exec_unpack2([1]),
    lambda: exec_unpack2([1, 2, 3]),
    lambda: exec_unpack_star([1]),
    lambda: exec_unpack2(5),
]
def exec_unpack2(value):
    a, b = value
    return a, b
def exec_unpack_star(value):
    a, b, *c = value
    return a, b, c
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError) as error:
        print(type(error).__name__ + ":", error)
print(exec_unpack_star([1, 2]), exec_unpack2("xy"), exec_unpack2({"k": 1, "j": 2}))
