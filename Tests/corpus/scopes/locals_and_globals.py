def show(a, b=2):
    c = a + b
    names = sorted(locals().keys())
    return names, locals()["c"]

print(show(1))
print("show" in globals(), "missing" in globals())
g = globals()
g["dynamic_name"] = 99
print(dynamic_name)

def nested():
    inner_value = 5
    def inner():
        return inner_value
    return sorted(locals())
print(nested())
