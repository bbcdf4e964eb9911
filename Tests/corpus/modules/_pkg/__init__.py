print("initialising package", __name__)
PACKAGE_LEVEL = "from __init__"
from .sub import sub_function
