class DefaultZero(dict):
    def __missing__(self, key):
        return 0

d = DefaultZero(a=1)
print(d["a"], d["b"], d, "b" in d)

class Counting(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)

c = Counting()
c["x"] = 1
print(c, isinstance(c, dict), type(c).__name__)
try:
    {}["missing"]
except KeyError as error:
    print("KeyError:", error, repr(error))
try:
    {}[(1, 2)]
except KeyError as error:
    print("KeyError:", error)
