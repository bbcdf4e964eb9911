a = ValueError("x")
b = ValueError("x")
print(a == b, a is b, a.args == b.args, a == a)
try:
    raise a
except ValueError as caught:
    print(caught is a)
errors = [ValueError("v"), TypeError("t"), KeyError("k")]
print([type(e).__name__ for e in errors], [str(e) for e in errors])
print(sorted(type(e).__name__ for e in errors))
e = Exception("m")
e.extra = 5
print(e.extra, e.args)
e.args = ("changed",)
print(str(e), repr(e))
