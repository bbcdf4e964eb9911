# A class's __name__ and __qualname__ can be reassigned; builtin ones cannot.
class Original:
    pass


Original.__name__ = "Renamed"
Original.__qualname__ = "Outer.Renamed"
print(Original, Original.__name__, Original.__qualname__, repr(Original()).split(" object")[0])
for target, value in ((int, "x"), (Original, 3)):
    try:
        target.__name__ = value
    except TypeError as error:
        print("TypeError:", error)
try:
    Original.__name__ = "a\0b"
except ValueError as error:
    print("ValueError:", error)

# A staticmethod object is callable where it stands (3.10).
twice = staticmethod(lambda x, y=1: x * 2 + y)
print(twice(3), twice(3, y=0), callable(twice))

# %-formatting takes a tuple subclass as the tuple of arguments.
class Pair(tuple):
    pass


print("%s and %s" % Pair((1, 2)), "%r" % (Pair((3,)),))
