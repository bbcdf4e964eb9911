# Recursive coroutines and generators that only await, delegate and return: the
# frames they run in reach no loop and no call that pushes a frame, so the
# collector must find a safepoint where they resume, or their garbage (millions
# of finished coroutines) piles up until the outermost one returns.
import sys


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def tree(n):
    if n == 0:
        return
    yield from tree(n - 1)
    yield [n] * 4
    yield from tree(n - 1)


depth = int(sys.argv[1]) if len(sys.argv) > 1 else 25
coroutine = fibonacci(depth)
try:
    while True:
        coroutine.send(None)
except StopIteration as stop:
    print(stop.value)
print(sum(len(item) for item in tree(depth - 8)))
