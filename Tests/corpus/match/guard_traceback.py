# An exception raised by a guard: the traceback points at the guard's line.
class Weird(dict):
    def get(self, key, default=None):
        if key == "bad":
            raise LookupError("get failed for " + key)
        return super().get(key, default)

def describe(value, limit):
    match value:
        case {"good": g}:
            return f"good {g}"
        case [first, *_] if first / limit > 1:
            return "big first"
        case _:
            return "other"

print(describe(Weird(good=1), 1))
print(describe([5, 6], 2))
try:
    match Weird(bad=1):
        case {"bad": _}:
            pass
except LookupError as error:
    print("caught", error)
print(describe([5, 6], 0))
