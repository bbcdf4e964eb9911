# Hot arithmetic that leaves the small-int range: results must become big ints exactly.
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x

print(grow(10))
print(grow(200))
print(grow(200) % 1000000007)

def add_past(n):
    x = 2**47
    for i in range(n):
        x += 2**40
    return x
print(add_past(5000))

def neg_edges(n):
    x = -(2**48)
    total = 0
    for i in range(n):
        total += -x
        x += 1
    return total
print(neg_edges(3000))

def mul_overflow_64(n):
    a = 2**30
    out = []
    for i in range(n):
        out.append(a * a * (i % 3))
    return out[-3:]
print(mul_overflow_64(3000))

def floor_and_mod(n):
    s = 0
    for i in range(-n, n):
        s += i // 7 + i % 7 + (i // -3) + (i % -3)
    return s
print(floor_and_mod(4000))

def big_floor(n):
    s = 0
    x = -(2**48)
    for i in range(n):
        s += x // -1 - x % 5
    return s
print(big_floor(2000))
