a = [1, 2, [3]]
b = [1, 2, [3]]
print(a == b, a is b, a != b)
b[2].append(4)
print(a == b)
n = float("nan")
print([n] == [n], n in [n])
print([1, 2, 3].__eq__([1, 2, 3]), [1].__eq__("x"))
