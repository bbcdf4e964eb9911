import sys

def where():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno, sorted(caller.f_locals)

def outer(a, b=2):
    c = a + b
    def inner(x):
        frame = sys._getframe()
        back = frame.f_back
        print(frame.f_code.co_name, back.f_code.co_name, back.f_locals["c"], x + c)
        print(where())
        return frame
    return inner(10), where()

frame, info = outer(1)
print(info)
print(frame.f_code.co_name, frame.f_code.co_argcount, frame.f_code.co_varnames)
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), top.f_locals is globals())
print(type(top).__name__, top.f_lineno)
depth = 0
f = sys._getframe()
while f is not None:
    depth += 1
    f = f.f_back
print("depth", depth)
def deep(n):
    if n == 0:
        return sys._getframe(3).f_code.co_name, sys._getframe(3).f_locals["n"]
    return deep(n - 1)
print(deep(5))
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
code = outer.__code__
print(code.co_name, code.co_filename.endswith(".py"), code.co_argcount, code.co_nlocals, code.co_varnames, code.co_cellvars, code.co_firstlineno)
print(outer.__code__.co_qualname, (lambda: 0).__code__.co_name)
def g():
    yield sys._getframe().f_back.f_code.co_name
print(next(g()))
print(list(g()))
# depth is a C int: negative means the caller, out of range is OverflowError.
print(sys._getframe(-1).f_code.co_name, sys._getframe(-5).f_lineno)
for bad in [-2**63, 2**40, 2**70, 1.5]:
    try:
        sys._getframe(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a\tb".expandtabs(2**70)
except OverflowError as e:
    print("expandtabs", e)
