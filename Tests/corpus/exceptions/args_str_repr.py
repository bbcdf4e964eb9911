cases = [ValueError(), ValueError("one"), ValueError("two", 2), KeyError("k"), KeyError(), KeyError(1, 2),
         OSError(2, "No such file"), Exception(None), StopIteration(5), SystemExit(3), IndexError([1])]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args)
class Custom(Exception):
    pass
print(repr(Custom("x", 1)), str(Custom()), Custom.__name__, Custom.__mro__[1].__name__)
