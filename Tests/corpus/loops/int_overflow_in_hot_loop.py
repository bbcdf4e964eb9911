value = 1
checkpoints = []
for i in range(1, 200):
    value = value * 3 + i
    if i % 40 == 0:
        checkpoints.append(value)
print(checkpoints[0], len(str(checkpoints[-1])))
total = 0
for i in range(20000):
    total += i * i * i
print(total)
x = 2 ** 62 - 10
steps = []
for _ in range(20):
    x += 1
    steps.append(x)
print(steps[0], steps[-1], steps[-1] - steps[0], type(steps[-1]).__name__)
negative = -(2 ** 62)
for _ in range(5000):
    negative -= 3
print(negative)
acc = 0
for i in range(-5000, 5000):
    acc += i // 7 + i % 7 - (i >> 2) + (i << 1)
print(acc)
