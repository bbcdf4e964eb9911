# isinstance() and len() as CALL answers them directly (plain classes, tuples of plain
# classes, builtin containers) next to the cases that need the full builtin: metaclass
# hooks, nested tuples, subclasses with __len__, errors, keywords and rebound builtins.
import builtins


class Meta(type):
    def __instancecheck__(cls, instance):
        print("hook", type(instance).__name__)
        return True


class Hooked(metaclass=Meta):
    pass


class A:
    pass


class B(A):
    pass


class L(list):
    def __len__(self):
        return 99


values = [1, 2.5, "s", (1,), [1], {1: 2}, {3}, A(), B(), True, None, b"xy", range(7)]
for value in values:
    print(type(value).__name__, isinstance(value, A), isinstance(value, (int, str)),
          isinstance(value, (A, (list, dict))), isinstance(value, object), isinstance(value, int))

print(isinstance(B(), (int, Hooked)), isinstance(3, (Hooked, int)), isinstance(3, Hooked))
print(isinstance(3, ()), isinstance(A(), (B,)), isinstance(B(), (B,)))
for bad in [3, (int, 3), "x"]:
    try:
        isinstance(1, bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    isinstance(1)
except TypeError as error:
    print("TypeError:", error)
try:
    isinstance(1, int, x=2)
except TypeError as error:
    print("TypeError:", error)
print(isinstance(1, int | str), isinstance(None, int | None))

for value in ["abc", [1, 2], (1,), {}, {1, 2}, frozenset(), b"", bytearray(b"ab"), range(0, 10, 3),
              L([1]), {1: 2}.keys(), {1: 2}.items()]:
    print(len(value))
for bad in [3, None, iter([])]:
    try:
        len(bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    len(range(10 ** 30))
except OverflowError as error:
    print("OverflowError:", error)
try:
    len([], [])
except TypeError as error:
    print("TypeError:", error)

# Calls in a loop, then with the builtins rebound and restored.
total = 0
for i in range(200):
    total += len(values[i % len(values)]) if hasattr(values[i % len(values)], "__len__") else 0
    total += isinstance(values[i % 13], (A, str))
print(total)
original_len, original_isinstance = builtins.len, builtins.isinstance
builtins.len = lambda value: -1
builtins.isinstance = lambda value, info: "rebound"
print(len([1, 2]), isinstance(1, int))
builtins.len, builtins.isinstance = original_len, original_isinstance
print(len([1, 2]), isinstance(1, int))
