s = set()
try:
    s.pop()
except KeyError as error:
    print("KeyError:", error)
try:
    {1}.update(5)
except TypeError as error:
    print("TypeError:", error)
try:
    {1} <= [1]
except TypeError as error:
    print("TypeError:", error)
try:
    {1} | [2]
except TypeError as error:
    print("TypeError:", error)
print({1} == [1], {1}.union([2]), {1, 2}.issubset([1, 2, 3]), {3}.isdisjoint((1, 2)))
s = {1, 2, 3}
try:
    for item in s:
        s.add(item + 10)
except RuntimeError as error:
    print("RuntimeError:", error)
copy = s.copy()
copy.add(99)
print(len(s), len(copy), 99 in s)
