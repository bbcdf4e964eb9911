try:
    import _definitely_missing_module
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error, error.name)
try:
    from _helpers import does_not_exist
except ImportError as error:
    print(type(error).__name__, error.name, str(error).startswith("cannot import name 'does_not_exist' from '_helpers'"))
try:
    import _pkg.missing_submodule
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
print(issubclass(ModuleNotFoundError, ImportError))
