class Record:
    def __init__(self):
        object.__setattr__(self, "_data", {})
    def __getattr__(self, name):
        print("__getattr__", name)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        self._data[name] = value
    def __delattr__(self, name):
        print("__delattr__", name)
        del self._data[name]

r = Record()
r.x = 1
print(r.x, r._data)
del r.x
print(hasattr(r, "x"), getattr(r, "y", "default"))

class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattribute__(self, name):
        if name == "target":
            return object.__getattribute__(self, name)
        return "proxied " + name
p = Proxy(5)
print(p.anything, p.target)
