text = "the quick brown the lazy the end"
counts = {w: text.split().count(w) for w in text.split()}
print(counts)
print({k: v for k, v in counts.items() if v > 1})
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 8)})
print(sorted({w[0] for w in text.split()}))
print({x % 4 for x in range(20)}, {(x, x * x) for x in range(3)} == {(0, 0), (1, 1), (2, 4)})
print(dict((k, v) for k, v in zip("abc", range(3))))
