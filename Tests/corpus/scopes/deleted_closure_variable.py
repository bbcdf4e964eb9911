def make():
    secret = "visible"
    def reveal():
        return secret
    result = reveal()
    del secret
    try:
        return result, reveal()
    except NameError as error:
        return result, f"{type(error).__name__}: {error}"

print(make())

def rebind_later():
    def get():
        return value
    value = 1
    first = get()
    value = 2
    return first, get()
print(rebind_later())
