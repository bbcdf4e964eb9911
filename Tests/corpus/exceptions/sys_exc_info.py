import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, repr(value), tb is not None)
    print(sys.exception() if hasattr(sys, "exception") else repr(value))
print(sys.exc_info())
