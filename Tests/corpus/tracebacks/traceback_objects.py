# Traceback objects: __traceback__ and sys.exc_info()[2] are one chain of entries,
# from the handling frame's to the raising frame's, with tb_frame, tb_lineno,
# tb_lasti and tb_next (writable, checked), as the traceback module reads them.
import sys


def f():
    1 / 0


def g():
    f()


try:
    g()
except Exception as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, type(tb).__name__, tb is sys.exc_info()[2])
    while tb is not None:
        frame = tb.tb_frame
        print(frame.f_code.co_name, tb.tb_lineno, frame.f_lineno, "__name__" in frame.f_globals,
              tb.tb_frame is frame, tb.tb_lasti >= 0)
        tb = tb.tb_next
    # The handling frame is still running: its frame object shows its locals.
    print(sorted(name for name in e.__traceback__.tb_frame.f_locals if name in ("e", "tb", "g")))


def handled_inside():
    try:
        g()
    except ZeroDivisionError as error:
        return error


error = handled_inside()
entry = error.__traceback__
print([entry.tb_frame.f_code.co_name, entry.tb_next.tb_frame.f_code.co_name,
       entry.tb_next.tb_next.tb_frame.f_code.co_name, entry.tb_next.tb_next.tb_next])

try:
    error.__traceback__ = 5
except TypeError as problem:
    print(problem)
other = ValueError("x").with_traceback(entry)
print(other.__traceback__ is entry)
other.__traceback__ = None
print(other.__traceback__)
try:
    entry.tb_next = entry
except ValueError as problem:
    print(problem)
try:
    entry.tb_next = 3
except TypeError as problem:
    print(problem)
try:
    type(entry)()
except TypeError as problem:
    print(type(problem).__name__)


def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        raise


try:
    reraise()
except KeyError as caught:
    count = 0
    tb = caught.__traceback__
    while tb:
        count += 1
        tb = tb.tb_next
    print("entries", count)

# A traceback cut short with tb_next = None prints only what is left.
def deep(n):
    if n == 0:
        raise RuntimeError("deep")
    deep(n - 1)


try:
    deep(3)
except RuntimeError as caught:
    caught.__traceback__.tb_next.tb_next = None
    saved = caught
raise saved
