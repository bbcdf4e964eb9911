# Builtin functions and methods pickle by name, as CPython's: a module's function as
# its name, a bound method as getattr(receiver, name).
import copy
import math
import pickle

print(len.__reduce__(), math.sqrt.__reduce__())
for function in (len, max, getattr, divmod):
    for protocol in (0, 2, 4):
        print(pickle.loads(pickle.dumps(function, protocol)) is function, end=" ")
print()
method = [3, 1, 2].index
reduced = method.__reduce__()
print(reduced[0] is getattr, reduced[1])
clone = pickle.loads(pickle.dumps(method))
print(clone(2), clone.__self__)
print(copy.copy(len) is len, copy.deepcopy(max) is max)
print(pickle.loads(pickle.dumps({"key": sorted, "items": [abs, divmod]})))
