def noisy(label, value):
    print("eval", label)
    return value

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
print(noisy("a", 5) < noisy("b", 3) < noisy("c", 10))
print(noisy("a", 1) < noisy("b", 3) < noisy("c", 10))
x = 5
print(0 <= x < 10, 0 < x <= 4, x in [5] in [[5]], 1 < x != 5)
nothing, flag = None, False
print(1 is not nothing is not flag, "a" < "b" < "c" > "a")
def between(v, low, high):
    return low <= v <= high
print([v for v in range(-2, 8) if between(v, 0, 5)])
