# select.select and select.poll over pipes: readiness, end of file, timeouts,
# objects with fileno(), and the errors for bad arguments.
import os
import select

read_end, write_end = os.pipe()
print(select.select([read_end], [write_end], [], 0) == ([], [write_end], []))
os.write(write_end, b"data")
print(select.select([read_end], [], [], 0.01) == ([read_end], [], []))
print(select.select([], [], [], 0))


class Holder:
    def __init__(self, descriptor):
        self.descriptor = descriptor

    def fileno(self):
        return self.descriptor

    def __repr__(self):
        return "Holder(%s)" % ("read" if self.descriptor == read_end else "write")


ready = select.select([Holder(read_end)], (Holder(write_end),), [])
print(ready)

poller = select.poll()
poller.register(read_end, select.POLLIN)
poller.register(Holder(write_end), select.POLLOUT)
print(sorted(poller.poll(0)) == sorted([(read_end, select.POLLIN), (write_end, select.POLLOUT)]))
os.read(read_end, 100)
print(poller.poll(0) == [(write_end, select.POLLOUT)])
poller.modify(write_end, select.POLLIN)
print(poller.poll(10))
poller.unregister(write_end)
os.close(write_end)
print(poller.poll() == [(read_end, select.POLLHUP)])
print(select.select([read_end], [], [], None) == ([read_end], [], []))
print(os.read(read_end, 10))
os.close(read_end)

for call in (lambda: poller.unregister(12345), lambda: poller.modify(12345, select.POLLIN),
             lambda: poller.register(-1), lambda: poller.register("x"), lambda: poller.poll("soon"),
             lambda: select.select([-3], [], []), lambda: select.select(5, [], []),
             lambda: select.select([], [], [], -1), lambda: select.select([], [], [], "x"),
             lambda: select.select([object()], [], [])):
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.POLLHUP, select.POLLNVAL, select.PIPE_BUF)
