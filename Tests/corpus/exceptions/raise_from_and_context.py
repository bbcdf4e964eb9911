def load():
    try:
        int("x")
    except ValueError as error:
        raise RuntimeError("load failed") from error

try:
    load()
except RuntimeError as error:
    print(repr(error), repr(error.__cause__), error.__suppress_context__)
    print(type(error.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as error:
    print(repr(error), repr(error.__context__), error.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("suppressed") from None
except KeyError as error:
    print(repr(error), error.__cause__, error.__suppress_context__, repr(error.__context__))

e = ValueError("plain")
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
