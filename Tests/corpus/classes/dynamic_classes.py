def make_class(name, base, value):
    def method(self):
        return f"{type(self).__name__} -> {value}"
    return type(name, (base,), {"method": method, "value": value})

class Root:
    def hello(self):
        return "root hello"

Dyn = make_class("Dyn", Root, 42)
d = Dyn()
print(Dyn.__name__, d.method(), d.hello(), Dyn.value, Dyn.__bases__[0].__name__)
print(isinstance(d, Root), [c.__name__ for c in Dyn.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__)
