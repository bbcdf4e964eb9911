# __qualname__ of builtin functions and methods: a module's function is its name, a method
# of a builtin type is qualified by the type.
import math
import collections
import array

for function in [len, print, math.sqrt, [].append, list.append, str.join, 'x'.upper, dict.fromkeys,
                 int.from_bytes, str.maketrans, object.__init__, object.__new__, bytes.fromhex,
                 collections.deque.append, array.array.tolist, {}.get, set().add, (1,).count]:
    print(function.__name__, function.__qualname__)
