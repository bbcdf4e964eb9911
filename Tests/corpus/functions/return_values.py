def nothing():
    pass

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return None

def multiple():
    return 1, "two", [3]

print(nothing(), early(-1), early(10), early(0))
a, b, c = multiple()
print(a, b, c, multiple())
def generator_like():
    return (x for x in range(3))
print(list(generator_like()))
def bare_return():
    return
print(bare_return())
