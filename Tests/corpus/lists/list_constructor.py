print(list(), list("abc"), list((1, 2)), list(range(4)), list({"a": 1, "b": 2}))
print(list(x * x for x in range(4)), list(map(str, [1, 2])), list(reversed([1, 2, 3])))
original = [1, [2]]
clone = list(original)
clone[1].append(3)
print(original, clone is original)
try:
    list(5)
except TypeError as error:
    print("TypeError:", error)
