class Plain:
    pass

p = Plain()
q = Plain()
print(p == p, p == q, p != q, p is not q)
print(type(p).__name__, isinstance(p, object), Plain.__bases__[0] is object)
print(hash(p) == hash(p), bool(p), str(p) == repr(p))
print(object().__class__.__name__, type(object()) is object)
try:
    object().x = 1
except AttributeError as error:
    print("AttributeError:", error)
try:
    p < q
except TypeError as error:
    print("TypeError:", error)
