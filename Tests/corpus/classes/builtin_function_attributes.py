# A builtin function stored on a class is not a method: read through an instance it
# stays the plain function (as selectors' `_selector_cls = select.poll` relies on),
# while methods of builtin types (method descriptors) and Python functions still bind.
import math
import os


class Holder:
    root = math.sqrt
    size = len
    pid = os.getpid
    upper = str.upper

    def method(self):
        return "bound"


holder = Holder()
print(holder.root(16.0), holder.size([1, 2, 3]), holder.pid() == os.getpid())
print(holder.root is math.sqrt, Holder.root is math.sqrt, holder.size is len)
print(holder.method(), type(holder.method).__name__, type(holder.root).__name__)
try:
    holder.upper()
except TypeError as error:
    print(type(error).__name__, error)
factory = type("Factory", (), {"make": max})
print(factory().make(3, 7))
total = 0.0
for step in range(3000):
    total += holder.root(4.0) + holder.size("ab")
print(total)
