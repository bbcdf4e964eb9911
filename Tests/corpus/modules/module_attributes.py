import _helpers
public = sorted(n for n in dir(_helpers) if not n.startswith("__"))
print(public)
print(sorted(k for k in vars(_helpers) if not k.startswith("__")))
print(hasattr(_helpers, "greet"), getattr(_helpers, "missing", "default"))
setattr(_helpers, "patched", True)
print(_helpers.patched)
try:
    _helpers.nothing_here
except AttributeError as error:
    print("AttributeError:", error)
print(__name__, __doc__, __file__.endswith("module_attributes.py"))
