values = [3, 1, 2]
print(sorted(values))
assert sorted(values) == [1, 2, 3]
assert values == sorted(values), "values are not sorted"
print("unreachable")
