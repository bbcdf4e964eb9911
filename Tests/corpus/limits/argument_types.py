# Builtins given arguments of the wrong type raise CPython's TypeError before reading
# them: attribute names, format specs, type()'s namespace, compile()'s mode, and
# methods called with too few arguments or a keyword where the receiver should be.
class C:
    pass


class S(str):
    pass


obj = C()
cases = [
    "type('abc', (), None)", "type('abc', (), [])", "type(5, (), {})", "type('abc', [], {})",
    "object.__setattr__(obj, 5, 5)", "object.__getattribute__(obj, 5)", "object.__delattr__(obj, None)",
    "getattr(obj, 5)", "getattr(obj, 5, 0)", "setattr(obj, 5, 1)", "delattr(obj, 5)", "hasattr(obj, b'x')",
    "super(C, obj).__getattribute__(5)",
    "format(5, None)", "format(5, 3)", "format('x', b'')", "format(1.5, [])", "format(obj, None)",
    "int.__format__(5, None)", "float.__format__(5.0, 1)", "str.__format__('a', None)",
    "bool.__format__(True, None)", "object.__format__(obj, None)", "object.__format__(obj, 'x')",
    "object.__setattr__(obj)", "object.__setattr__(obj, 'a')", "object.__getattribute__(obj)",
    "object.__eq__(obj)", "object.__format__(obj)",
    "compile('1', 'f', None)", "compile('1', type, 'eval')", "compile('1', 5, 'exec')",
    "__build_class__(str, 'X')", "__build_class__(lambda: 0, 5)",
    "BaseException.__init__(start=1)", "list.append(start=1)",
]
for case in cases:
    try:
        print(case, "->", eval(case))
    except Exception as error:
        print(case, "->", type(error).__name__, error)
# The checks accept subclasses of the types they want.
setattr(obj, S("named"), 1)
print(getattr(obj, S("named")), format(7, S("03")), type(S("T"), (), {}).__name__)
print(sorted(vars(obj)))
