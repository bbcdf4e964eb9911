class FailsOnEnter:
    def __enter__(self):
        raise OSError("cannot open")
    def __exit__(self, *args):
        print("exit should not run")

try:
    with FailsOnEnter():
        print("body should not run")
except OSError as error:
    print("OSError:", error)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body error")
except KeyError as error:
    print("KeyError:", error, "context:", repr(error.__context__))
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as error:
    print(type(error).__name__ + ":", error)
