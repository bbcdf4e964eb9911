text = "Mississippi"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(reversed(text)), "".join(sorted(text)))
parts = []
for word in "the rain in spain".split():
    parts.append(word[::-1])
print(" ".join(parts))
builder = ""
for i in range(5):
    builder += str(i)
print(builder)
print([c for c in "abc" if c != "b"], tuple("xy"), set("aab") == {"a", "b"})
print(ord("a"), chr(97), [ord(c) for c in "AZaz09"], chr(0x1F600), chr(233))
