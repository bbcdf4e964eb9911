value = 10

def broken():
    try:
        print(value)
    except UnboundLocalError as error:
        print(type(error).__name__, error)
    value = 20
    return value

print(broken())

def deleted():
    item = 1
    del item
    try:
        return item
    except NameError as error:
        return f"{type(error).__name__}: {error}"

print(deleted())
