# A StringIO is its own iterator, as files are: next() reads a line, and a loop
# started part-way continues from where reading stopped.
import io

buffer = io.StringIO("first\nsecond\nthird\nfourth")
print(iter(buffer) is buffer)
print(repr(next(buffer)))
print(repr(buffer.readline()))
for line in buffer:
    print(repr(line))
print(next(buffer, "exhausted"))
try:
    next(buffer)
except StopIteration:
    print("StopIteration")

buffer.seek(0)
print(list(buffer))
print(buffer.readlines())
buffer.seek(0)
print(buffer.readlines())

buffer.close()
for action in [lambda: iter(buffer), lambda: next(buffer)]:
    try:
        action()
    except ValueError as error:
        print(type(error).__name__, error)
for action in [lambda: buffer.readline(), lambda: buffer.read(), lambda: buffer.write("x"), lambda: buffer.tell()]:
    try:
        action()
    except ValueError as error:
        print(type(error).__name__, error)
