from . import sub
from .sub import SUB_VALUE
from .inner import deep_value
from .inner.leaf import leaf_name
from . import PACKAGE_LEVEL

def summary():
    return (sub.sub_function(2), SUB_VALUE, deep_value, leaf_name, PACKAGE_LEVEL, __name__, __package__)
