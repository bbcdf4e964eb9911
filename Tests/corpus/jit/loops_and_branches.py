# Loops whose paths vary: branches that flip, break and continue, nested loops,
# while loops over shrinking and growing lists, iteration over tuples.
def collatz_steps(limit):
    longest = 0
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > longest:
            longest = steps
            best = start
    return best, longest
print(collatz_steps(3000))

def primes(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    i = 2
    while i * i < n:
        if sieve[i]:
            j = i * i
            while j < n:
                sieve[j] = False
                j += i
        i += 1
    count = 0
    for flag in sieve:
        if flag:
            count += 1
    return count
print(primes(20000))

def breaks(n):
    found = []
    for i in range(n):
        if i % 7 == 3:
            continue
        if i > n - 5:
            break
        if i % 1000 == 999:
            found.append(i)
    return found
print(breaks(5000))

def shrinking(items):
    seen = 0
    for x in items:
        seen += x
        if len(items) > 2000:
            items.pop()
    return seen, len(items)
print(shrinking(list(range(3000))))

def tuple_sum(t):
    s = 0
    for x in t:
        s += x
    return s
print(tuple_sum(tuple(range(4000))))

def none_checks(n):
    last = None
    count = 0
    for i in range(n):
        if last is not None:
            count += last
        last = i if i % 3 else None
    return count
print(none_checks(4000))

def bools(n):
    flag = False
    flips = 0
    for i in range(n):
        flag = not flag
        if flag:
            flips += 1
    return flips, flag
print(bools(3333))

def store_items(n):
    a = [0] * 10
    for i in range(n):
        a[i % 10] = a[(i + 3) % 10] + i
    return a
print(store_items(5000))

def negative_index(n):
    a = list(range(10))
    s = 0
    for i in range(n):
        s += a[-1 - (i % 10)]
    return s
print(negative_index(3000))

def range_steps():
    s = 0
    for i in range(10**6, -10**6, -997):
        s += i
    for i in range(2**47, 2**47 + 5000):
        s ^= i
    return s
print(range_steps())
