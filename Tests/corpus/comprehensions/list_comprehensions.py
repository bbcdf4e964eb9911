print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
words = ["apple", "Banana", "cherry"]
print([w[0] for w in words], [len(w) for w in words if w.islower()])
print([x for row in [[1, 2], [3], []] for x in row])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
