try:
    {}["missing"]
except KeyError as error:
    print(error.args, type(error).__name__, isinstance(error, LookupError))
try:
    import not_a_real_module_name
except ImportError as error:
    print(type(error).__name__, error.name, error)
try:
    x = undefined_variable_here
except NameError as error:
    print(type(error).__name__, error.name if hasattr(error, "name") else "", error)
try:
    (5).missing
except AttributeError as error:
    print(type(error).__name__, error)
try:
    raise SystemExit(4)
except SystemExit as error:
    print("SystemExit code", error.code)
err = OSError(2, "message", "file.txt")
print(err.errno, err.strerror, err.filename, str(err), type(err).__name__)
print(isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
