class Inspect:
    def __enter__(self):
        return "resource"
    def __exit__(self, *args):
        kind, value, tb = args
        print("args:", kind, repr(value), tb is not None)
        return None

with Inspect() as r:
    print(r)
try:
    with Inspect():
        raise ValueError("bad")
except ValueError:
    print("propagated")
