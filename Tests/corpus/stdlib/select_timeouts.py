# Timeouts select() and poll() refuse before waiting: NaN, values past the clock's
# 64-bit nanoseconds, poll timeouts past a C int; small ones wait and return.
import select

for timeout in (float("nan"), float("inf"), 1e300, 9.3e9, 10**30, 10**10, -1):
    try:
        print("select", timeout, select.select([], [], [], timeout))
    except (ValueError, OverflowError) as error:
        print("select", timeout, type(error).__name__, error)

for timeout in (float("nan"), float("-inf"), 1e13, 10**13, 3e9, 2.2e9, 2**31):
    try:
        print("poll", timeout, select.poll().poll(timeout))
    except (ValueError, OverflowError) as error:
        print("poll", timeout, type(error).__name__, error)

print(select.select([], [], [], 0.001), select.select([], [], [], 0), select.poll().poll(1), select.poll().poll(0.5))
