class Sleep:
    def __await__(self):
        v = yield "tick"
        return v
async def inner():
    try:
        r = await Sleep()
    except ValueError as e:
        return f"inner handled {e}"
    return r
async def outer():
    a = await inner()
    b = await inner()
    return [a, b]
c = outer()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send("second")
except StopIteration as s:
    print("result", s.value)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
c2 = outer(); c2.send(None); c2.close(); print("closed")
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration")
print(inner.__name__, type(inner()).__name__ if False else "coroutine")
import sys
async def leak():
    raise StopIteration
try:
    leak().send(None)
except RuntimeError as e:
    print(e)
