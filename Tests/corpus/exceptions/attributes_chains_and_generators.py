import sys
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
e = KeyError("a"); print(str(e), repr(e), str(KeyError()), str(KeyError(1,2)))
o = OSError("plain"); print(o.errno, o.strerror, str(o))
o = OSError(13, "denied"); print(type(o).__name__, str(o), o.args)
print(StopIteration(5).value, StopIteration().value, SystemExit().code, SystemExit(1, 2).code)
e = ValueError("x"); e.add_note("note1"); print(e.__notes__)
def g():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
gen = g(); next(gen); gen.close(); print(gen.gi_running)
def g2():
    yield 1
    yield 2
x = g2()
print(next(x), x.throw(ValueError("boom")) if False else "skip")
try:
    x.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)
print(next(x, "done"))
def inner():
    try:
        yield "i1"
    except ValueError:
        yield "caught"
    return "ret"
def outer():
    r = yield from inner()
    yield r
o = outer(); print(next(o), o.throw(ValueError), next(o))
async def co(): return 1
c = co(); print(type(c).__name__)
try: c.send(None)
except StopIteration as s: print("coro", s.value)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
print(repr(E(1, 2)), str(E(1, 2)))
def chain():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("r") from e
try: chain()
except RuntimeError as e: print(repr(e.__cause__), e.__suppress_context__)
