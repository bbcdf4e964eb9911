# sys.version has CPython's shape, "VERSION (BUILD) [COMPILER]": platform parses it
# (SQLAlchemy and coverage ask platform.python_implementation() at import).
import sys
import platform

print(platform.python_implementation())
print(sys.version.split()[0].startswith("3.11."))
print(sys.version.count("(") == 1 and sys.version.endswith("]"))
print(platform.python_version_tuple()[:2])
