try:
    raise ValueError
except ValueError as error:
    print(repr(error), error.args)
try:
    raise TypeError("with message")
except TypeError as error:
    print(repr(error))
try:
    raise 42
except TypeError as error:
    print("TypeError:", error)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as error:
    print("TypeError:", error)
try:
    raise ValueError("x") from 5
except TypeError as error:
    print("TypeError:", error)
