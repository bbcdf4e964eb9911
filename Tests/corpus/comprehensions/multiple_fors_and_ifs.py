triples = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(triples)
print([(x, y) for x in range(4) if x % 2 == 0 for y in range(4) if y % 2 == 1])
words = ["hi", "there", "you"]
print([ch for word in words if len(word) > 2 for ch in word if ch not in "aeiou"])
print(len([1 for a in range(10) for b in range(10) if a < b]))
