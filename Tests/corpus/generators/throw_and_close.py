def worker():
    try:
        while True:
            try:
                task = yield
                print("doing", task)
            except ValueError as error:
                print("recovered from", error)
    except GeneratorExit:
        print("cleanup on close")
        raise
    finally:
        print("finally runs")

w = worker()
next(w)
w.send("task1")
w.throw(ValueError("bad task"))
w.send("task2")
w.close()
w.close()
print("closed")
try:
    w.send("late")
except StopIteration:
    print("StopIteration after close")

def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("thrown in"))
except KeyError as error:
    print("propagated", error)
print(next(f, "finished"))
