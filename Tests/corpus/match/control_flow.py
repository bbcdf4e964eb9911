# match with break, continue, return, try/finally, generators, nesting, comprehensions.
def first_negative(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                return n
            case "stop":
                break
            case "skip":
                continue
            case _:
                pass
        print("looked at", item)
    return None

print(first_negative([1, "skip", 2, -3, 4]))
print(first_negative([1, "stop", -3]))

def with_finally(value):
    try:
        match value:
            case [x]:
                return f"one {x}"
            case _:
                raise ValueError(value)
    finally:
        print("finally for", value)

print(with_finally([1]))
try:
    with_finally(5)
except ValueError as error:
    print("raised", error)

def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*":
                yield ("op", word)
            case number if number.isdigit():
                yield ("num", int(number))
            case _:
                yield ("name", word)

print(list(tokens("a + 12 * b - 3")))

def nested(value):
    match value:
        case ("call", name, args):
            match args:
                case []:
                    return f"{name}()"
                case [single]:
                    return f"{name}({nested(single)})"
                case [*many]:
                    return f"{name}(" + ", ".join(nested(a) for a in many) + ")"
        case ("num", n):
            return str(n)
        case str() as s:
            return s

print(nested(("call", "f", [("num", 1), ("call", "g", []), ("call", "h", ["x"])])))

# In a comprehension's function and a lambda's call.
kinds = [(lambda v: [k for k in [v]])(x) for x in range(3)]
def kind(v):
    match v:
        case 0: return "zero"
        case 1: return "one"
    return "many"
print([kind(x) for x in range(4)], kinds)

# Exceptions raised by a guard or pattern propagate out of the match.
def bad_guard(v):
    match v:
        case x if 1 / x:
            return "truthy"
    return "falsy"
try:
    bad_guard(0)
except ZeroDivisionError as error:
    print("guard raised", error)

# async functions.
async def classify(v):
    match v:
        case {"ok": True}:
            return "ok"
        case _:
            return "not ok"
coroutine = classify({"ok": True})
try:
    coroutine.send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value)

# A value pattern's == is the subject's (its __eq__ runs first).
class Loose:
    def __eq__(self, other):
        print("Loose.__eq__ with", other)
        return True
class Values:
    ANY = 7
match Loose():
    case Values.ANY:
        print("matched by __eq__")

# The subject's own __eq__ answering NotImplemented falls back to the value's.
class Answer:
    def __eq__(self, other):
        return other == "answer"
class Refs:
    A = Answer()
match "answer":
    case Refs.A:
        print("reflected __eq__ matched")
