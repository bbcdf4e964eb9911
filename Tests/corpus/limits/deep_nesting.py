a = []
for i in range(100000):
    a = [a]
try:
    print(repr(a)[:10])
except RecursionError as e:
    print("RecursionError", e)
b = []
for i in range(100000):
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
import sys
sys.setrecursionlimit(50000)
def g(n): return 0 if n == 0 else 1 + g(n - 1)
print(g(45000))
