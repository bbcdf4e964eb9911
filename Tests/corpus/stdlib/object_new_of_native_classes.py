# object.__new__ refuses a class whose instances a native __new__ must make (CPython: "is not
# safe"), for the builtin types and for the native classes of modules, and for subclasses of
# either; a plain class and a subclass of object's own __new__ are made as usual.
import array
import collections
import decimal
import io

class Upper(io.StringIO):
    pass

class Plain:
    pass

class Sub(list):
    pass

for cls in [io.StringIO, io.BytesIO, Upper, collections.deque, array.array, decimal.Decimal, list, Sub, dict, Plain]:
    try:
        made = object.__new__(cls)
        print(cls.__name__, "made", type(made).__name__)
    except TypeError as error:
        print(cls.__name__, "TypeError", error)

stream = io.StringIO.__new__(io.StringIO)
for action in [lambda: stream.getvalue(), lambda: stream.write("x"), lambda: stream.closed]:
    try:
        print(action())
    except ValueError as error:
        print("ValueError", error)
stream.__init__("ready")
print(stream.getvalue())

# Copies and pickles make a StringIO through its own __new__ and __setstate__.
import copy
import pickle
source = io.StringIO("ab\ncd")
source.seek(2)
source.tag = [1]
for duplicate in [copy.copy, copy.deepcopy, lambda value: pickle.loads(pickle.dumps(value, 2))]:
    made = duplicate(source)
    print(type(made).__name__, repr(made.getvalue()), made.tell(), made.tag, made.tag is source.tag)
upper = Upper("x")
upper.y = 2
made = copy.deepcopy(upper)
print(type(made).__name__, made.getvalue(), made.y)
