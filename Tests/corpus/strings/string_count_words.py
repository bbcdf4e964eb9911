text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",").lower() for w in text.split()]
frequency = {}
for w in words:
    frequency[w] = frequency.get(w, 0) + 1
ranked = sorted(frequency.items(), key=lambda item: (-item[1], item[0]))
for word, count in ranked[:6]:
    print(f"{word:<10}{count:>3}")
print(len(words), len(frequency))
longest = max(words, key=len)
print(longest, text.count("it was"), text.lower().count("it was"))
lines = text.splitlines()
print([line[:10] for line in lines])
