d = {1: "int", 2.5: "float", (1, 2): "tuple", None: "none", True: "bool?", "s": "str"}
print(d)
print(d[1], d[1.0], d[True], d[(1, 2)], d[None])
print(len({0: "a", 0.0: "b", False: "c"}))
try:
    d[[1]] = "list"
except TypeError as error:
    print("TypeError:", error)
try:
    d[{}]
except TypeError as error:
    print("TypeError:", error)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
m = {Key(1): "one"}
print(m[Key(1)], Key(2) in m)
