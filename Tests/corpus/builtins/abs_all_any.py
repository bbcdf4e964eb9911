print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(3 + 4j), abs(True))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, "", None]), any([0, "x"]))
print(all(x > 0 for x in [1, 2]), any(c == "z" for c in "abc"))
def noisy(v):
    print("checking", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
try:
    abs("x")
except TypeError as error:
    print("TypeError:", error)
