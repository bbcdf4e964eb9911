# Traced loops whose bodies leave calls, closures and generators to the runtime:
# keyword arguments, cells read and written, generators driven from the loop,
# and a long body so that one call does not keep the loop from being compiled.
def kw(a, b=0, *, c=1):
    return a * 10 + b + c

def long_body_with_keyword_call(n):
    total = 0
    x = 1
    y = 2
    for i in range(n):
        x = x + i % 3
        y = y - i % 5
        z = x * 2 - y
        w = z % 7 + x // 3 - y % 4
        v = w * w - z
        total = total + v % 11 + kw(i % 4, b=1, c=i % 2)
        total = total - (x % 3) + (y % 2)
    return total, x, y
print(long_body_with_keyword_call(3000))

def counter():
    count = 0
    def bump(k):
        nonlocal count
        count += k
        return count
    acc = 0
    for i in range(3000):
        acc += bump(i % 3)
        count = count - 1 if i % 100 == 0 else count
    return acc, count
print(counter())

def gen(n):
    for i in range(n):
        yield i * i

def drive(n):
    s = 0
    for v in gen(n):
        s += v % 13
    g = gen(n)
    t = 0
    while True:
        try:
            t += next(g) % 7
        except StopIteration:
            break
    return s, t
print(drive(4000))

def unpack_pairs(pairs):
    a_total = 0
    b_total = 0.0
    for a, b in pairs:
        a_total += a
        b_total += b
    return a_total, b_total
print(unpack_pairs([(i, i / 4) for i in range(3000)]))

def f_strings(n):
    out = []
    for i in range(n):
        if i % 500 == 0:
            out.append(f"{i}:{i * 2:>5}")
    return out
print(f_strings(3000))

def membership(n):
    wanted = {3, 5, 8, 13}
    hits = 0
    for i in range(n):
        if i % 20 in wanted:
            hits += 1
    return hits
print(membership(4000))
