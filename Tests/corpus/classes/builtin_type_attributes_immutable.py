# Builtin types cannot be changed: not through setattr/delattr, type's own hooks, or
# object.__setattr__/__delattr__ applied to a class (which would bypass type's check).
class Plain:
    pass


attempts = [
    ("object.__setattr__(str, 'foo', 42)", lambda: object.__setattr__(str, "foo", 42)),
    ("object.__delattr__(str, 'lower')", lambda: object.__delattr__(str, "lower")),
    ("object.__setattr__(Plain, 'x', 1)", lambda: object.__setattr__(Plain, "x", 1)),
    ("object.__delattr__(Plain, 'x')", lambda: object.__delattr__(Plain, "x")),
    ("setattr(str, 'foo', 1)", lambda: setattr(str, "foo", 1)),
    ("delattr(str, 'lower')", lambda: delattr(str, "lower")),
    ("delattr(int, 'nothing')", lambda: delattr(int, "nothing")),
    ("type.__setattr__(str, 'foo', 1)", lambda: type.__setattr__(str, "foo", 1)),
    ("type.__delattr__(list, 'append')", lambda: type.__delattr__(list, "append")),
]
for text, attempt in attempts:
    try:
        attempt()
        print(text, "-> no error")
    except (TypeError, AttributeError) as error:
        print(text, "->", type(error).__name__, error)

print("abc".lower(), hasattr(Plain, "x"))

# type's own hooks still change classes made by Python code, and metaclasses reach them.
type.__setattr__(Plain, "y", 2)
print(Plain.y)
type.__delattr__(Plain, "y")
print(hasattr(Plain, "y"))


class Meta(type):
    def __setattr__(cls, name, value):
        print("Meta.__setattr__", name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("Meta.__delattr__", name)
        super().__delattr__(name)


class WithMeta(metaclass=Meta):
    pass


WithMeta.z = 3
print(WithMeta.z)
del WithMeta.z
print(hasattr(WithMeta, "z"))
try:
    del WithMeta.z
except AttributeError as error:
    print("AttributeError", error)
