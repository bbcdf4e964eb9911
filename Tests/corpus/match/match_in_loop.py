# Match statements in hot loops (the JIT sees them).
class Op:
    __match_args__ = ("kind", "value")
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value

def run(program):
    stack = []
    for op in program:
        match op:
            case Op("push", v):
                stack.append(v)
            case Op("add", _):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case Op("dup", _):
                stack.append(stack[-1])
            case Op(kind, _):
                raise ValueError(kind)
    return stack

program = [Op("push", 1)]
for i in range(3000):
    program.append(Op("push", i % 7))
    program.append(Op("add", None))
    if i % 1000 == 0:
        program.append(Op("dup", None))
        program.append(Op("add", None))
print(run(program))

total = 0
shapes = 0
for i in range(5000):
    value = [i, i + 1] if i % 3 == 0 else ({"n": i} if i % 3 == 1 else i)
    match value:
        case [a, b]:
            total += a * b % 11
        case {"n": n} if n % 2 == 0:
            total += n
        case {"n": _}:
            shapes += 1
        case int(x) if x > 4990:
            total -= x
        case 0 | 1 | 2:
            shapes += 100
        case _:
            shapes += 2
print(total, shapes)

counts = {}
words = ["alpha", "beta", "gamma", "delta", "epsilon"] * 800
for word in words:
    match word[0], len(word):
        case ("a" | "e"), n if n > 4:
            key = "vowel-long"
        case ("a" | "e"), _:
            key = "vowel"
        case _, 4:
            key = "four"
        case first, _:
            key = first
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))

i = 0
seen = []
while i < 4000:
    match i % 5, i % 3:
        case (0, 0):
            seen.append(i)
        case (x, y) if x == y == 4:
            seen.append(-i)
    i += 1
print(len(seen), seen[:5], seen[-3:])
