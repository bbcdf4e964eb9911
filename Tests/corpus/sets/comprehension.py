squares = {x * x for x in range(-3, 4)}
print(sorted(squares), len(squares))
mods = {n % 5 for n in range(100)}
print(mods)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
print({len(w) for w in ["a", "bb", "cc", "d"]})
