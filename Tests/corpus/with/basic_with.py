class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else 'no error'}")
        return False

with Tracker("one") as t:
    print("body sees", t.name)
with Tracker("a"), Tracker("b"):
    print("two managers")
with (Tracker("x") as x, Tracker("y") as y):
    print("parenthesized", x.name, y.name)
