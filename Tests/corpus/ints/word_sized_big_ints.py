# Ints between the small-int range and 64 bits take a fast path; results must
# match exact arithmetic at every boundary, including overflow past 64 bits.

edges = [2**48 - 1, 2**48, 2**49, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64,
         -2**48, -2**49, -2**62, -2**63 + 1, -2**63, -2**63 - 1, -2**64, 12345, -7, 0, 1]

results = []
for a in edges:
    for b in edges:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a == b, a >= b]
        if b != 0:
            row += [a // b, a % b]
        if 0 <= b < 70:
            row += [a >> b]
        results.append(row)
print(len(results))
print(hash(tuple(tuple(row) for row in results)) == hash(tuple(tuple(row) for row in results)))
total = 0
for row in results:
    for value in row:
        total = (total * 31 + int(value)) % (2**89 - 1)
print(total)
print([hash(value) for value in edges])
print(-2**63 // -1, -2**63 % -1, (2**63 - 1) * 2, -(2**63) * -1)
try:
    print(2**60 // 0)
except ZeroDivisionError as error:
    print(error)
try:
    print(2**60 % 0)
except ZeroDivisionError as error:
    print(error)
try:
    print(2**60 >> -1)
except ValueError as error:
    print(error)

# Zobrist-style hashing as in the `go` benchmark.
import random
random.seed(3)
keys = [random.randrange(9223372036854775807) for _ in range(50)]
value = 0
for key in keys * 3:
    value ^= key
print(value, {keys[0]: 1}[keys[0]], keys[1] in set(keys))
print(1 < 1.5, 2.5 > 2, 3 == 3.0, 3 != 3.0, float("nan") == 1, float("nan") != 1, 1 < float("inf"), 2**48 <= 2.0**48)
print(1 + 0.5, 0.5 * 3, 3 / 2.0, 3.0 - 1, 2 - 0.25, 7 * 0.5)
try:
    print(1 / 0.0)
except ZeroDivisionError as error:
    print(error)
