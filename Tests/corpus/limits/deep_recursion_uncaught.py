# Unbounded recursion ends in RecursionError with a traceback, never a crash.
def down(n):
    return down(n + 1) + 1

print("start")
down(0)
