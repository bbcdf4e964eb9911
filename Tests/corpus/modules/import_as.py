import _helpers as h
import _pkg.sub as s
print(h.CONSTANT, s.sub_function(3), s.__name__)
print("_helpers" in dir(), "h" in dir(), "_pkg" in dir())
