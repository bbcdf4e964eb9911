def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, yielding anyway")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as error:
    print("RuntimeError:", error)

def returns_on_exit():
    try:
        yield "a"
    finally:
        print("finalizer")
r = returns_on_exit()
print(next(r))
r.close()
unstarted = returns_on_exit()
unstarted.close()
print("unstarted close prints nothing")
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
