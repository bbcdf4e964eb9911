# `and` / `or` as values in traced loops: ints, floats, None, bools and objects
# (left to the runtime), the operand types changing while the loop runs.
def and_or(n):
    t = 0
    for i in range(n):
        a = i % 3 and i % 5
        b = (i % 7) or (i % 2)
        c = i > 10 and i < 50 or i == 3
        d = None or i
        e = [] or i
        f = (i * 0.5) and 2.5
        t += a + b + (1 if c else 0) + d + e + f
    return t


print(and_or(2000))


def changing(n):
    values = [0, 1, 0.0, 2.5, None, "", "x", [], [1], True, False]
    out = []
    for i in range(n):
        v = values[(i // 100) % len(values)]
        out.append((v and "and") or "or")
        out.append(v or i)
    return out[::97]


print(changing(2200))
