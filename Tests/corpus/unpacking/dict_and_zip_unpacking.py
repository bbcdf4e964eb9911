scores = {"ann": 90, "bob": 72, "cy": 85}
for name, score in scores.items():
    print(f"{name}: {score}")
names, values = zip(*scores.items())
print(names, values)
pairs = [(1, "one"), (2, "two")]
numbers, words = map(list, zip(*pairs))
print(numbers, words)
(k1, v1), (k2, v2) = sorted(scores.items())[:2]
print(k1, v1, k2, v2)
for i, (key, value) in enumerate(sorted(scores.items(), key=lambda kv: kv[1])):
    print(i, key, value)
