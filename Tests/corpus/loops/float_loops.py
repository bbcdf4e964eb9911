def integrate(f, a, b, n):
    h = (b - a) / n
    total = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        total += f(a + i * h)
    return total * h

print(integrate(lambda x: x * x, 0.0, 3.0, 30000))
print(integrate(lambda x: 1.0 / (1.0 + x * x), 0.0, 1.0, 20000) * 4)
x, y, vx, vy = 0.0, 0.0, 1.5, 2.0
dt = 0.001
for step in range(10000):
    ax, ay = -x, -y
    vx += ax * dt
    vy += ay * dt
    x += vx * dt
    y += vy * dt
print(round(x, 9), round(y, 9), round(vx * vx + vy * vy + x * x + y * y, 9))
values = [float(i) for i in range(-2000, 2000)]
negatives_zero = 0
for v in values:
    r = v * 0.0
    if str(r) == "-0.0":
        negatives_zero += 1
print(negatives_zero)
nan_count = 0
inf = float("inf")
infinite_count = 0
for i in range(3000):
    a = inf if i % 2 else 1.0
    b = inf if i % 3 == 0 else 2.0
    v = a - b
    if v != v:
        nan_count += 1
    elif v in (inf, -inf):
        infinite_count += 1
print(nan_count, infinite_count)
