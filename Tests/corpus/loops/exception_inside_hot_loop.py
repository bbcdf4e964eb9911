def risky(i):
    if i % 1000 == 999:
        raise ValueError(i)
    return i

caught = []
total = 0
for i in range(10000):
    try:
        total += risky(i)
    except ValueError as error:
        caught.append(error.args[0])
print(total, caught)
def find(limit):
    i = 0
    while True:
        i += 1
        if i * i > limit:
            raise StopIteration(i)
try:
    find(10 ** 7)
except StopIteration as stop:
    print("stopped at", stop.value)
values = {}
misses = 0
for i in range(5000):
    try:
        values[i % 50] += 1
    except KeyError:
        misses += 1
        values[i % 50] = 1
print(misses, sum(values.values()), values[0])
try:
    for i in range(100000):
        if i == 7777:
            1 / (i - i)
except ZeroDivisionError as error:
    print("ZeroDivisionError at", i, error)
