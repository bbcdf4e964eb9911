# Floats in traced loops: division by zero raised inside the loop, NaN and
# infinity comparisons, negative zero, mixed int and float operands.
import math

def divide_all(xs, d):
    out = 0.0
    for x in xs:
        out += x / d
    return out

xs = [float(i) for i in range(3000)]
print(divide_all(xs, 3.0))
try:
    print(divide_all(xs, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def compare_nan(n):
    nan = float("nan")
    counts = [0, 0, 0, 0, 0, 0]
    values = [1.0, nan, -0.0, 0.0, math.inf, -math.inf]
    for i in range(n):
        a = values[i % 6]
        b = values[(i // 6) % 6]
        if a < b: counts[0] += 1
        if a <= b: counts[1] += 1
        if a == b: counts[2] += 1
        if a != b: counts[3] += 1
        if a > b: counts[4] += 1
        if a >= b: counts[5] += 1
    return counts
print(compare_nan(3600))

def mixed(n):
    total = 0
    for i in range(n):
        total = total + i * 0.5 - i // 2
        if total > 1e6:
            total = total / 2
    return total
print(mixed(5000))

def neg_zero(n):
    x = 0.0
    for i in range(n):
        x = -x
    return math.copysign(1, x), math.copysign(1, -x)
print(neg_zero(3001))

def int_true_division(n):
    s = 0.0
    for i in range(1, n):
        s += (i * 7) / i + i / 3
    return s
print(int_true_division(4000))
try:
    for i in range(3000, -1, -1):
        y = 10 / i
except ZeroDivisionError as e:
    print("caught", e, i)
