# Builtin methods called with a receiver of the wrong type (or none) raise TypeError; the VM never reads a wrong layout.
tests = [
 "list.append(5, 1)", "dict.__getitem__(5, 1)", "str.upper(5)", "set.add(1, 2)", "tuple.index(3, 1)",
 "bytes.decode(3)", "int.bit_length('x')", "dict.keys(1)", "list.__len__(1)", "object.__init__()",
 "type.mro(1)", "BaseException.__str__(1)", "float.__add__(1, 2)", "complex.conjugate(1)",
 "property.getter(1, 2)", "list.sort(1)", "dict.update(1, {})", "str.join(1, [])",
 "(lambda: 0).__code__", "iter(5)", "next(iter([]))", "getattr(1, 'x')",
 "super(int, 'x').bit_length()", "super()", "[].__class__.__dict__", "range(10**30)[5]",
]
for t in tests:
    try:
        r = eval(t)
        print("ok", t)
    except Exception as e:
        print(type(e).__name__, t)
class A(list, dict): pass
class I(int): pass
class L(list): pass
for t in ["object.__new__(I)", "object.__new__(L)", "super(1, 2)", "tuple.__new__(list)", "BaseException.__new__(int)",
          "list.__new__(5)", "list.__new__(int)", "int.bit_length(3.5)"]:
    try:
        print("ok", t, eval(t))
    except Exception as e:
        print(type(e).__name__, t)
try:
    class A(list, dict): pass
except TypeError as e:
    print("TypeError", e)
