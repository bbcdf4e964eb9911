items = list(range(8000))
evens = []
for v in items:
    if v % 2 == 0:
        evens.append(v)
print(len(evens), evens[-1])
index = {}
for i, v in enumerate(items):
    index[v % 97] = index.get(v % 97, 0) + i
print(len(index), index[0], index[96])
text = []
for i in range(3000):
    text.append(chr(97 + i % 26))
word = "".join(text)
print(word[:30], word.count("z"))
s = ""
for i in range(2000):
    s += str(i % 10)
print(len(s), s[-12:])
queue = list(range(50))
processed = 0
while queue:
    item = queue.pop()
    processed += 1
    if item > 1 and item % 3 == 0:
        queue.append(item // 3)
print(processed)
matrix = [[0] * 60 for _ in range(60)]
for r in range(60):
    for c in range(60):
        matrix[r][c] = (r * c) % 17
print(sum(map(sum, matrix)), matrix[59][58])
