# code.replace() gives a new code object with other metadata and the same
# instructions; types.coroutine uses it to mark a generator's code.
import types


def greet(name):
    return "hello " + name


code = greet.__code__
renamed = code.replace(co_name="salute", co_qualname="Outer.salute", co_filename="other.py", co_firstlineno=40)
print(renamed is code, renamed.co_name, renamed.co_qualname, renamed.co_filename, renamed.co_firstlineno)
print(code.co_name, code.co_filename == __file__, renamed.co_varnames, renamed.co_argcount)
greet.__code__ = renamed
print(greet("you"), greet.__code__.co_name)
print(code.replace().co_name, code.replace(co_flags=code.co_flags).co_flags == code.co_flags)


def numbers():
    yield 1
    yield 2


flagged = numbers.__code__.replace(co_flags=numbers.__code__.co_flags | 0x100)
print(hex(flagged.co_flags & 0x1a0))


@types.coroutine
def ticks():
    yield "tick"
    return "done"


async def main():
    return await ticks()


print(hex(ticks.__code__.co_flags & 0x1a0))
runner = main()
print(runner.send(None))
try:
    runner.send(None)
except StopIteration as stop:
    print("result", stop.value)

for bad in [{"co_name": 5}, {"co_flags": "x"}, {"co_bogus": 1}]:
    try:
        code.replace(**bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    code.replace(1)
except TypeError as error:
    print("TypeError:", error)
