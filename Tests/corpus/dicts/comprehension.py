squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
words = ["apple", "bob", "cat", "anna", "civic", "dog"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
palindromes = {w: w == w[::-1] for w in words}
print(palindromes)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({(i, j): i * j for i in range(2) for j in range(2)})
