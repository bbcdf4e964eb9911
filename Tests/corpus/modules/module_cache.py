import sys
print("_helpers" in sys.modules)
import _helpers
import _helpers
import _helpers as again
print(again is _helpers, sys.modules["_helpers"] is _helpers)
_helpers.new_attribute = "shared"
from _helpers import new_attribute
print(new_attribute)
def import_in_function():
    import _helpers
    return _helpers.new_attribute
print(import_in_function())
print(sorted(name for name in sys.modules if name.startswith("_helpers")))
