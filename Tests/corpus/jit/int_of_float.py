# int(x) in hot loops: a float truncated toward zero in the trace; negative
# values, halves, values past small ints and the 64-bit range, infinities and
# NaN (which raise) must give what the interpreter gives.
import random

random.seed(5)
total = 0
for i in range(5000):
    total += int(random.random() * 100) + int(-i / 7) + int(i)
print(total)

values = [0.5, -0.5, 2.999, -2.999, 1e15, -1e15, 3e20, 1e300, float("inf"), float("nan"), 7, -0.0]
out = []
for i in range(3000):
    v = values[i % 12] if i > 1000 else values[i % 4]
    try:
        out.append(int(v))
    except (OverflowError, ValueError) as e:
        out.append(type(e).__name__)
print(out[-24:], len(out))


class MyInt(int):
    pass


print(sum(int(MyInt(i)) for i in range(2000)), int("12"), int(3.5))
