x = 5
print(x is 5, "a" is not "b")
if x is (1, 2): pass
print(x is None, x is True, x is ..., x is -1 < 2)
