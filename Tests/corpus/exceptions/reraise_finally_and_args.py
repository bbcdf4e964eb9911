class E(Exception):
    def __init__(self, x): self.x = x
e = E(1); print(e.args, str(e), repr(e))
class F(Exception):
    def __str__(self): return "custom"
print(str(F("a")), repr(F("a")))
def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise
    except LookupError as err:
        return repr(err)
print(nested())
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except ValueError as err:
    print(repr(err), err.__context__)
try:
    raise ValueError("a")
except (TypeError, ValueError) as err:
    print("tuple", err)
def g():
    try:
        yield 1
    except ValueError:
        yield "handled"
    finally:
        print("gen finally")
gen = g(); next(gen); print(gen.throw(ValueError)); gen.close()
print(isinstance(KeyboardInterrupt(), Exception), issubclass(GeneratorExit, BaseException))
ex = Exception("a", "b"); print(ex.args, str(ex))
print(repr(Exception()), str(Exception()), repr(ValueError("q")))
try:
    raise StopIteration(3)
except StopIteration as s:
    print(s.value, s.args)
err = KeyError("x")
try:
    raise err
except KeyError:
    pass
print(err.__traceback__ is not None)
try:
    raise ValueError("tb").with_traceback(None)
except ValueError as v:
    print(type(v.__traceback__).__name__ != "NoneType")
print(UnicodeDecodeError.__mro__[1].__name__, AssertionError("x").args)
try:
    assert 1 == 2, "msg"
except AssertionError as a:
    print(a)
