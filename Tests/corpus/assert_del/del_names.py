x = 10
y = [1, 2]
del x
try:
    print(x)
except NameError as error:
    print("NameError:", error)
alias = y
del y
print(alias)
a, b, c = 1, 2, 3
del a, c
print(b, "a" in dir(), "b" in dir())
def local_delete():
    value = 5
    del value
    try:
        return value
    except UnboundLocalError as error:
        return f"UnboundLocalError: {error}"
print(local_delete())
try:
    del never_defined
except NameError as error:
    print("NameError:", error)
