d = {1: "one"}
print(d.get(2, "missing"))
print(d[2])
