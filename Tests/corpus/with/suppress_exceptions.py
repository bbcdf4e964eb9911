class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False

with Suppress(KeyError, IndexError):
    {}["missing"]
    print("not reached")
with Suppress(LookupError):
    [][1]
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as error:
    print("escaped", error)
print("continues")
