d = {"self": None}
d["self"] = d
print(d)
e = {1: [1, 2], 2: {"inner": (3,)}, "s": "quote's"}
print(e, repr(e) == str(e))
print({}, {None: None}, {1.5: -0.0})
