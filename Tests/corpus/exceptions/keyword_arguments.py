# Builtin exceptions take no keyword arguments unless a subclass's __init__ does.
for call in [lambda: BaseException(a=1), lambda: ValueError(1, b=2), lambda: KeyError(key="k")]:
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)


class Plain(Exception):
    pass


class Accepting(Exception):
    def __init__(self, value, *, note=""):
        super().__init__(value)
        self.note = note


try:
    Plain(x=1)
except TypeError as error:
    print("TypeError:", error)
error = Accepting(3, note="n")
print(error.args, error.note, ImportError("m", name="mod").name, OSError(2, "missing").errno)
