x = "module"

def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
        return x
    inner()
    return x

print(outer())
print(x)

def read_global_after_local_shadow():
    def inner():
        return x
    return inner()

print(read_global_after_local_shadow())
