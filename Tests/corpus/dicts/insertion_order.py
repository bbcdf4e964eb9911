d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d, list(d), list(d.values()))
d["alpha"] = 100
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
print(dict(b=1, a=2), dict([("y", 1), ("x", 2)]), dict(zip("cab", range(3))))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
