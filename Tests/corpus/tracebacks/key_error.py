d = {"b": 1}
print(d["b"])
print(d["a"])
