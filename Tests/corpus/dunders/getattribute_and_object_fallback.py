class Proxy:
    def __init__(self): self._log = []
    @property
    def inner(self):
        return self.helper
    def __getattribute__(self, name):
        if name == "helper": return "via getattribute"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "missing " + name
p = Proxy()
print(p.inner, p.nothing, object.__getattribute__(p, "_log"))
try:
    object.__getattribute__(p, "nothing")
except AttributeError as e:
    print(e)
