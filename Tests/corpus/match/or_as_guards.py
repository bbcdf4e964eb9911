# Or-patterns with bindings, as-patterns, guards, binding order and persistence.
def pick(value):
    match value:
        case (x, 1) | (1, x):
            return f"x={x}"
        case [a, b] | (b, a, _):
            return f"a={a} b={b}"
        case {"k": v} | [{"k": v}]:
            return f"v={v}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [("a" | "b") as letter, *_] as whole:
            return f"letter {letter} in {whole}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case str() as s:
            return f"short string {s}"
    return "nothing"

for v in [(5, 1), (1, 6), [7, 8], (7, 8, 9), {"k": 0}, [{"k": 9}], 2, ["b", 1, 2], "hello", "hi", 4.5]:
    print(repr(v), "->", pick(v))

# Names bound by a pattern stay bound when the guard fails.
match [1, 2]:
    case [x, y] if x > y:
        print("not reached")
    case _:
        print("guard failed, x and y bound:", x, y)

# A failed pattern binds nothing.
del x, y
match [1, 2]:
    case [x, 3]:
        print("not reached")
    case _:
        print("x bound after failed pattern:", "x" in globals())

# Guards see bindings and may have side effects; evaluated in order.
def check(label, result):
    print("guard", label)
    return result

match 10:
    case n if check("first", n < 5):
        print("small")
    case n if check("second", n < 50):
        print("medium", n)
    case n if check("third", True):
        print("not reached")

# Walrus in a guard.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# Alternatives binding in different orders.
match [2, 1]:
    case [1, p] | [p, 1]:
        print("p is", p)

match (1, 2, 3):
    case (a, b, c) | (c, b, a, _):
        print(a, b, c)

match [1, (2, 3)]:
    case [q, (r, s)] | [(r, s), q]:
        print(q, r, s)

# An or-pattern whose last alternative is irrefutable, as the last case.
match 99:
    case 1 | other:
        print("other", other)

# Nested as-patterns.
match [[1, 2], 3]:
    case [[_, _] as inner, _] as outer:
        print(inner, outer)

# Match inside functions binds locals; inside a class body, class attributes.
def local_binding():
    match {"name": "tern"}:
        case {"name": name}:
            pass
    return name
print(local_binding())

class Config:
    match ("debug", True):
        case (key, value):
            pass
print(Config.key, Config.value)

# Nonlocal and global captures.
counter = 0
def bump():
    global counter
    match counter + 1:
        case counter:
            pass
bump(); bump()
print("counter", counter)

def outer():
    found = None
    def inner(v):
        nonlocal found
        match v:
            case [found]:
                pass
    inner([42])
    return found
print("found", outer())
