def dedupe(items):
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out

print(dedupe([3, 1, 3, 2, 1, 5, 2]))
print(dedupe("abracadabra"))
print(dedupe([(1, 2), (2, 1), (1, 2)]))
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes))
