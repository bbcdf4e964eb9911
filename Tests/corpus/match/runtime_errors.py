# Errors raised while matching, with their messages.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["x"]

class NotStrings:
    __match_args__ = (1,)

class Point:
    __match_args__ = ("x", "y")
    x = 1
    y = 2

class Raising:
    @property
    def boom(self):
        raise KeyError("boom")

def attempt(label, function):
    try:
        function()
    except Exception as error:
        print(label, type(error).__name__, error)

def no_args():
    match NoArgs():
        case NoArgs(1):
            pass

def bad_args():
    match BadArgs():
        case BadArgs(1):
            pass

def not_strings():
    match NotStrings():
        case NotStrings(1):
            pass

def too_many():
    match Point():
        case Point(1, 2, 3):
            pass

def repeated():
    match Point():
        case Point(1, x=1):
            pass

def not_a_type():
    match 5:
        case len():
            pass

def int_two():
    match 5:
        case int(1, 2):
            pass

def raising_property():
    match Raising():
        case Raising(boom=_):
            pass

class K:
    a = "same"
    b = "same"

def duplicate_runtime_key():
    match {"same": 1, "other": 2}:
        case {K.a: _, K.b: _}:
            pass

def unhashable_key():
    class L:
        key = []
    match {"k": 1}:
        case {L.key: _}:
            pass

def no_len():
    class Weird(list):
        def __len__(self):
            raise RuntimeError("no length")
    match Weird():
        case [x]:
            pass

def guard_error():
    match 3:
        case n if n / 0:
            pass

for name, function in list(globals().items()):
    if callable(function) and function.__module__ == "__main__" and not isinstance(function, type) and name != "attempt":
        attempt(name, function)

# An error inside a pattern is reported at the pattern's line.
match Point():
    case Point(
        1,
        2,
        3,
    ):
        pass
