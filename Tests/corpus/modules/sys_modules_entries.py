# sys.modules may hold None (an import blocked on purpose, as test.support's
# import_fresh_module does) or any object at all; importing such a name gives
# that object, and code objects with free variables cannot be run by eval/exec.
import sys

sys.modules["_blocked_here"] = None
try:
    import _blocked_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _blocked_here import anything
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

sys.modules["_not_a_module"] = 42
import _not_a_module
print(_not_a_module + 1)
from _not_a_module import real
print(real)
try:
    from _not_a_module import missing
except ImportError as e:
    print(type(e).__name__, e)


class Namespace:
    answer = 42


sys.modules["_namespace_here"] = Namespace()
from _namespace_here import answer
print(answer)
try:
    import _namespace_here.child
except ImportError as e:
    print(type(e).__name__, e)


def outer(x):
    return lambda: x + 1


code = outer(3).__code__
try:
    eval(code)
except TypeError as e:
    print("TypeError:", e)
try:
    exec(code, {})
except TypeError as e:
    print("TypeError:", e)
print(eval(compile("1 + 2", "<s>", "eval")))
