# Literal, singleton, value and capture patterns; soft keywords as names.
import sys

class Color:
    RED = "red"
    GREEN = "green"

    class Nested:
        BLUE = 3

def classify(value):
    match value:
        case 0:
            return "int zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex 1+2j"
        case -3 - 4j:
            return "complex -3-4j"
        case 2.5:
            return "two and a half"
        case "hello" " world":
            return "greeting"
        case b"raw":
            return "bytes raw"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "the red color"
        case Color.Nested.BLUE:
            return "nested blue"
        case 0x10 | 0o20 | 0b10001:
            return "sixteen or seventeen"
        case other:
            return f"other {other!r}"

for v in [0, 0.0, False, -1, 1 + 2j, complex(-3, -4), 2.5, "hello world", b"raw", None, True, 1, 1.0,
          "red", 3, 16, 17, "green", [1], ()]:
    print(repr(v), "->", classify(v))

# True matches by identity, 1 does not; 1 == True by value.
match 1:
    case True:
        print("1 is True?")
    case _:
        print("1 is not True")

# Soft keywords still work as names.
match = 1
case = 2
print(match, case)
match = [10, 20]
print(match[0], match[1:])
def match(*args):
    return sum(args)
print(match(1, 2, 3))
case = {"match": 5}
print(case["match"])
match, case = case, match
print(type(match).__name__, type(case).__name__)

# A subject that is a tuple without parentheses, with a starred item.
rest = [3, 4]
match 1, 2, *rest:
    case (1, 2, 3, 4):
        print("tuple subject matched")

# The capture binds; the wildcard does not.
match 42:
    case _:
        print("wildcard", "_" in dir())
match 43:
    case n:
        print("captured", n)

# Subject evaluated once.
def subject():
    print("evaluating subject")
    return 5
match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case 5:
        print("five")
sys.stdout.flush()
