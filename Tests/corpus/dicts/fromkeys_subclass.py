# dict.fromkeys called on a subclass makes an instance of it (cls()) and sets each key
# through its __setitem__; on dict itself it makes a plain dict.
import collections


class Logged(dict):
    def __init__(self, *args):
        print("init", args)
        super().__init__(*args)

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


made = Logged.fromkeys("ab", 0)
print(type(made).__name__, made)
print(type(dict.fromkeys("xy")).__name__, dict.fromkeys("xy"), dict.fromkeys([], 1))
ordered = collections.OrderedDict.fromkeys("cab", 1)
ordered.move_to_end("c")
print(ordered)
counts = collections.defaultdict.fromkeys(range(3), [])
print(type(counts).__name__, counts.default_factory, dict(counts))


# Its arguments are checked first, on dict and on subclasses alike.
for call in (lambda: dict.fromkeys(), lambda: Logged.fromkeys(), lambda: dict.fromkeys("ab", 1, 2), lambda: Logged.fromkeys(3)):
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)
