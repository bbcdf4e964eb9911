def divide(a, b, /, *, round_to=None):
    result = a / b
    return round(result, round_to) if round_to is not None else result

print(divide(1, 3), divide(1, 3, round_to=2))
try:
    divide(a=1, b=2)
except TypeError as error:
    print("TypeError:", error)

def mixed(a, /, b, *, c):
    return a, b, c

print(mixed(1, 2, c=3), mixed(1, b=2, c=3))

def kwargs_named_like_positional(name, /, **kwargs):
    return name, kwargs

print(kwargs_named_like_positional("pos", name="kw"))
