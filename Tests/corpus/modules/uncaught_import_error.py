print("about to import")
import _no_such_module_anywhere
