# Annotations at the top level of exec() code go into the locals mapping's
# __annotations__ through the mapping's own __getitem__ and __setitem__.
class Namespace:
    def __init__(self):
        self.items = {}

    def __setitem__(self, key, value):
        print("set", key)
        self.items[key] = value

    def __getitem__(self, key):
        return self.items[key]


space = Namespace()
exec("x: int = 1\ny: str\nz = 3", {}, space)
print(space.items)

prepared = Namespace()
prepared.items["__annotations__"] = {"old": float}
exec("w: bytes = b''", {}, prepared)
print(prepared.items)


class Failing(Namespace):
    def __getitem__(self, key):
        raise LookupError("no " + key)


try:
    exec("v: int = 2", {}, Failing())
except LookupError as error:
    print("LookupError:", error)
