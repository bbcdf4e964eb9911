data = [5, 3, 8, 1]
data.sort(reverse=True)
print(data)
data.extend(range(2))
data.extend("ab")
print(data)
data[1:1] = [None]
print(data, data.index(8, 0), data.index(0, 2, 7))
total = 0
for i, v in enumerate(data):
    if isinstance(v, int):
        total += i * v
print(total)
print(sum([[1], [2, 3]], []), min([[3], [1, 2]]), max([1, 5, 3], key=lambda v: -v))
