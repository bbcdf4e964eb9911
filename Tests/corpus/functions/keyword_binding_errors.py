# Argument-binding errors where several rules meet: positional-only parameters passed
# by keyword (named in parameter order, even after an unknown keyword or before a
# duplicate), unknown keywords, duplicates, missing parameters; and the same calls
# made through bound methods, class calls and f(*args, **kwargs), which bind alike.

def f(a, /, b, *, c=1):
    return (a, b, c)

def g(a, b, /, c):
    return (a, b, c)

def h(a, /, **rest):
    return (a, sorted(rest.items()))

class C:
    def __init__(self, x, /, y=2):
        self.pair = (x, y)

    def m(self, p, q=5, *, r):
        return (p, q, r)

def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as error:
        print(label, "TypeError:", error)

obj = C(0)
bound = obj.m
cases = [
    ("posonly then duplicate", lambda: f(1, 2, a=3, b=4)),
    ("duplicate then posonly", lambda: f(1, 2, b=4, a=3)),
    ("unknown then posonly", lambda: f(1, z=4, a=3)),
    ("posonly then unknown", lambda: f(1, a=3, z=4)),
    ("two posonly, keyword order reversed", lambda: g(1, 2, 3, b=2, a=1)),
    ("posonly among good keywords", lambda: g(1, 2, a=1, c=3, b=2)),
    ("unknown after good keyword", lambda: g(1, 2, c=1, c2=5)),
    ("missing positional", lambda: g(c=1)),
    ("missing all", lambda: g()),
    ("too many positional", lambda: f(1, 2, 3)),
    ("unknown keyword-only", lambda: f(1, 2, c=3, d=4)),
    ("posonly name into **rest", lambda: h(1, a=2, b=3)),
    ("good call", lambda: f(1, b=2, c=3)),
    ("bound method keywords", lambda: bound(1, r=3)),
    ("bound method missing keyword-only", lambda: bound(1, q=2)),
    ("bound method duplicate", lambda: bound(1, p=2, r=0)),
    ("bound method unknown", lambda: bound(1, r=0, s=1)),
    ("class call keyword", lambda: C(1, y=3).pair),
    ("class call posonly by keyword", lambda: C(x=1)),
    ("class call unknown", lambda: C(1, z=1)),
    ("star call", lambda: f(*(1,), **{"b": 2, "c": 3})),
    ("star call posonly", lambda: f(*(1, 2), **{"a": 3})),
    ("star call unknown", lambda: g(*(1, 2), **{"c": 3, "d": 4})),
]
for label, thunk in cases:
    attempt(label, thunk)

# The same binding on a warm call site (run many times, as a loop would).
total = 0
for i in range(300):
    total += f(i, b=i, c=2)[2] + bound(i, r=1)[1] + C(i, y=i).pair[1]
print("warm total", total)
