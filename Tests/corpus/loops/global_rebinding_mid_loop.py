def step(x):
    return x + 1

value = 0
for i in range(6000):
    if i == 3000:
        def step(x):
            return x + 10
    value = step(value)
print(value)
scale = 2
def scaled(v):
    return v * scale
results = 0
for i in range(4000):
    if i == 2000:
        scale = 3
    results += scaled(1)
print(results)
count = 0
for i in range(3000):
    if i == 1000:
        len = lambda obj: 0
    if i == 2000:
        del len
    count += len("abc")
print(count)
