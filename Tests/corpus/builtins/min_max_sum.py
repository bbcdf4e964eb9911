print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((1, "b"), (1, "a")))
print(max(["aa", "b", "cccc"], key=len), min([-3, 2, -1], key=abs), max([], default="empty"))
print(max([1, 3, 3], key=lambda v: v), max([(1, "first"), (1, "second")], key=lambda t: t[0]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)))
print(sum(x * x for x in range(4)), sum([], 0.0), sum([True, True]))
for call in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: min(1, 2, key=None, default=0)]:
    try:
        print(call())
    except (ValueError, TypeError) as error:
        print(type(error).__name__ + ":", error)
