a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, type(None)() is None, bool() is False, tuple() == ())
x = object()
print(x is x, x == x, x != object())
