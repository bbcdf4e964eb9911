# str(x), repr(x) and type(x) as CALL makes them directly (one positional argument),
# next to the forms that take type.__call__: keywords, decoding, no argument, subclasses,
# int subclasses with their own __str__, and a rebound name.
import builtins

for value in [0, 7, -7, 10, -10, 99, 100, 123456789, -2 ** 48, 2 ** 48 - 1, 2 ** 60, -2 ** 70,
              True, False, None, 1.5, -0.0, "s", "é", (1,), [2], {3: 4}, b"x", range(3)]:
    print(str(value), repr(value), type(value).__name__, len(str(value)))
print([str(i) for i in range(-12, 13)])
print("".join(str(i % 10) for i in range(30)))


class Count(int):
    def __str__(self):
        return "count " + int.__repr__(self)


class Plain(int):
    pass


class Named(str):
    pass


print(str(Count(5)), repr(Count(5)), str(Plain(-5)), type(Plain(3)).__name__)
named = Named("text")
print(str(named), type(str(named)).__name__, type(named).__name__)
print(str(), str(b"ab", "ascii"), str(object=5), str(b"c", encoding="ascii"), type(object=3) if False else "")
print(type(3), type(type), type("x")(5), type(Count(2)), type(named))
for call in [lambda: type(1, 2), lambda: type()]:
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)
print(f"{12}-{-3}", "%d" % 5, "é" + str(3), str("é"), str(10 ** 20))

original = builtins.str
builtins.str = lambda value: "rebound"
print(str(1))
builtins.str = original
print(str(1))
