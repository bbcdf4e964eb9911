import sys
original = sys.getrecursionlimit()
print(original >= 100)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as error:
    print("RecursionError:", error)
sys.setrecursionlimit(5000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(3000))
try:
    sys.setrecursionlimit(0)
except ValueError as error:
    print("ValueError:", error)
