# In the __main__ module __builtins__ is the builtins module itself (sphinx's benchmark
# replaces `__builtins__.open`); a name set on it is found like any builtin.
import builtins

print(type(__builtins__).__name__, __builtins__ is builtins)
print(__builtins__.len("abc"), __builtins__.open is open)
original = __builtins__.len
__builtins__.len = lambda value: "patched"
print(len([1, 2]))
__builtins__.len = original
print(len([1, 2]))
__builtins__.extra_name = 41
print(extra_name + 1)
del __builtins__.extra_name
try:
    extra_name
except NameError as error:
    print("NameError:", error)
namespace = {}
exec("pass", namespace)
print(type(namespace["__builtins__"]).__name__)
