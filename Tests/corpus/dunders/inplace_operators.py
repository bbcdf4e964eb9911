class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        print("__iadd__", item)
        self.items.append(item)
        return self
    def __isub__(self, item):
        self.items.remove(item)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
    def __repr__(self):
        return f"Bag({self.items})"

b = Bag()
alias = b
b += "apple"
b += "pear"
b -= "apple"
b *= 2
print(b, alias is b)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("fallback __add__")
        return OnlyAdd(self.v + other)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
nums = [1]
ref = nums
nums += [2]
t = (1,)
tref = t
t += (2,)
print(ref, tref, t)
