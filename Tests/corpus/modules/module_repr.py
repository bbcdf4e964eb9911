# repr(module) as importlib writes it: from the spec (with or without a
# location), else __file__, else the loader, else the name alone.
import importlib.machinery
import sys
import types

plain = types.ModuleType("plain")
print(repr(plain), f"{plain}", str(plain))
plain.__file__ = "/somewhere/plain.py"
print(plain)
del plain.__file__
plain.__loader__ = "a loader"
print(plain)
del plain.__name__
print(plain)

spec = importlib.machinery.ModuleSpec("specced", None, origin="/elsewhere/specced.py")
made = types.ModuleType("other name")
made.__spec__ = spec
print(made)
spec.has_location = True
print(made)
made.__spec__ = importlib.machinery.ModuleSpec("specced", "its loader")
print(made)
made.__spec__ = importlib.machinery.ModuleSpec("specced", None)
print(made)
print(sys)
print(types.ModuleType("sys"), types.ModuleType("math"))
