import _pkg
print(_pkg.PACKAGE_LEVEL, _pkg.sub_function(2), _pkg.__name__, _pkg.__package__)
import _pkg.sub
print(_pkg.sub.SUB_VALUE, _pkg.sub.__name__)
from _pkg import sub
print(sub is _pkg.sub)
from _pkg.sub import sub_function
print(sub_function(10))
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
