words = "the cat and the dog and the bird".split()
unique = set(words)
print(sorted(unique), len(unique))
vowels = set("aeiou")
for w in sorted(unique):
    print(w, sorted(set(w) & vowels))
print(sorted(set("mississippi")), sorted(set("abc") | set("cde")))
print(sorted({"b", "a"} ^ {"a", "c"}), "cat" in unique)
