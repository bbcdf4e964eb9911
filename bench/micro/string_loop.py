# Building strings: f-strings, concatenation and join (1 million pieces).
def build():
    parts = []
    for i in range(1000000):
        parts.append(f"{i}:" + "x")
    text = ",".join(parts)
    return len(text)

print(build())
