# __import__('') is refused; a relative import names its package with an empty name and a level.
for call in [lambda: __import__(""), lambda: __import__("", globals(), None, [], 0)]:
    try:
        call()
    except ValueError as error:
        print("ValueError:", error)
try:
    __import__("", {"__name__": "nowhere"}, None, [], 1)
except ImportError as error:
    print(type(error).__name__, error)
print(__import__("os").__name__)
