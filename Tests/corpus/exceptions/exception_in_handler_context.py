def handler_fails():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")

try:
    handler_fails()
except TypeError as error:
    print(error, "<-", error.__context__)

def finally_fails():
    try:
        raise ValueError("body")
    finally:
        raise KeyError("finally")
try:
    finally_fails()
except KeyError as error:
    print(repr(error), "context:", repr(error.__context__))

try:
    try:
        raise ValueError("a")
    except ValueError as inner:
        saved = inner
        raise
except ValueError as outer:
    print(outer is saved)
