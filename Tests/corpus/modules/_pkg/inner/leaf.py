from .. import sub
from ..sub import SUB_VALUE
leaf_name = f"leaf({SUB_VALUE}, {sub.__name__})"
