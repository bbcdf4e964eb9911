# Module attributes (`math.pi`, `math.sqrt`) read in hot loops, and math.sqrt
# compiled to a square root instruction. Negative and NaN arguments, ints, and
# the attribute rebound mid-loop must give what the interpreter gives.
import math
from math import sqrt

t = 0.0
msg = ""
for i in range(3000):
    t += math.sqrt(i) + sqrt(i * 0.5) + math.pi
    try:
        t += math.sqrt(100 - i)
    except ValueError as e:
        msg = str(e)
print(t, msg)
print(math.sqrt(float("nan")), math.sqrt(float("inf")), math.sqrt(-0.0), math.sqrt(2 ** 40))

nan_seen = 0
for i in range(2000):
    x = float("nan") if i % 500 == 0 else i * 1.5
    r = math.sqrt(x)
    if r != r:
        nan_seen += 1
print(nan_seen)

original = math.sqrt
total = 0.0
for i in range(3000):
    if i == 1500:
        math.sqrt = lambda v: -1.0       # rebound: the trace must see the new function
    if i == 2500:
        math.pi = 3                      # a module attribute rebound
    total += math.sqrt(i) + math.pi
math.sqrt = original
print(total)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


print(sum(Point(i, i + 1).norm() for i in range(2000)))
