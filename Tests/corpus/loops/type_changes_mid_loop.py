def accumulate(values):
    total = 0
    for v in values:
        total = total + v
    return total

ints = list(range(3000))
print(accumulate(ints))
print(accumulate(ints + [0.5]))
print(accumulate(ints + [2 ** 70]))
print(accumulate([[1]] * 3 if False else [1, 2, 3] + [True, False]))
mixed = []
for i in range(6000):
    if i < 2000:
        mixed.append(i)
    elif i < 4000:
        mixed.append(i / 2)
    else:
        mixed.append(str(i))
print(sum(v for v in mixed if not isinstance(v, str)), mixed[1999], mixed[2000], mixed[-1])
x = 0
for i in range(5000):
    if i == 2500:
        x = float(x)
    if i == 4000:
        x = str(x)
    if isinstance(x, str):
        x = x[:8]
    else:
        x += i
print(repr(x))
