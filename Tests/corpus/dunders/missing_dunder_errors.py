class Nothing:
    pass

n = Nothing()

def use_with():
    with n:
        pass

checks = [
    ("len", lambda: len(n)),
    ("iter", lambda: iter(n)),
    ("call", lambda: n()),
    ("index", lambda: n[0]),
    ("setitem", lambda: n.__setitem__(0, 1) if False else n.__class__.__name__),
    ("add", lambda: n + 1),
    ("neg", lambda: -n),
    ("lt", lambda: n < 1),
    ("contains", lambda: 1 in n),
    ("int", lambda: int(n)),
    ("with", use_with),
]
for name, check in checks:
    try:
        print(name, check())
    except (TypeError, AttributeError) as error:
        print(name, type(error).__name__ + ":", error)
