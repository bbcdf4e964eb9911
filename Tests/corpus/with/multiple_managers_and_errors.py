class M:
    def __init__(self, name, fail_enter=False, swallow=False):
        self.name, self.fail_enter, self.swallow = name, fail_enter, swallow
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter: raise OSError("enter failed")
        return self.name
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, tb is not None if kind else None)
        return self.swallow
with M("a") as a, M("b") as b:
    print("body", a, b)
try:
    with M("c"), M("d", fail_enter=True):
        print("never")
except OSError as e:
    print("caught", e)
with M("e", swallow=True):
    raise KeyError("gone")
def f():
    with M("f"):
        return "returned"
print(f())
for i in range(3):
    with M(str(i)):
        if i == 1: continue
        if i == 2: break
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): pass
try:
    with OnlyEnter(): pass
except TypeError as e:
    print(e)
