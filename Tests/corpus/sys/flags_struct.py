# sys.flags: a named tuple of the interpreter's settings.
import sys

flags = sys.flags
print(type(flags).__name__, len(flags), flags.optimize, flags.isolated, flags.dev_mode, flags.int_max_str_digits)
print(isinstance(flags, tuple), flags[3] == flags.optimize, flags.debug, flags.verbose, flags.safe_path)
