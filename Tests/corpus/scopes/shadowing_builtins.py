print(len("abc"))

def custom():
    len = lambda s: 100
    return len("abc")

print(custom())
print(len("abc"))

list = "shadowed"
print(list)
del list
print(list("ab"))

def uses_builtin_after_global_delete():
    return max(3, 7)
print(uses_builtin_after_global_delete())
