print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
m = map(str.upper, "xyz")
print(next(m), list(m), list(m))
print(list(map(int, "123")), sum(map(len, ["ab", "c"])))
def is_even(n):
    return n % 2 == 0
print(list(filter(is_even, range(10))), type(map(abs, [])).__name__, type(filter(None, [])).__name__)
