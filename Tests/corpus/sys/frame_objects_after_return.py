# Frame objects outlive their frames: f_locals, f_lineno and f_code read after the
# function returned (as logging's findCaller and tracebacks do).
import sys


def plain(a, b=2):
    total = a + b
    text = "x"
    text += "y" * 3
    return sys._getframe()


frame = plain(1)
print(sorted(frame.f_locals.items()))
print(frame.f_locals is frame.f_locals)
print(frame.f_lineno - frame.f_code.co_firstlineno)
print(frame.f_code.co_name, frame.f_code.co_filename == __file__)
print(frame.f_code.co_filename is frame.f_code.co_filename)


def with_cell():
    count = 0

    def bump():
        nonlocal count
        count += 10

    here = sys._getframe()
    bump()
    return here, bump


here, bump = with_cell()
bump()
# A cell shows its contents as they are now.
print(here.f_locals["count"])


def outer():
    marker = "outer"
    return inner()


def inner():
    marker = "inner"
    return sys._getframe(), sys._getframe().f_back


inner_frame, outer_frame = outer()
print(inner_frame.f_locals["marker"], outer_frame.f_locals["marker"])
print(outer_frame.f_code.co_name, outer_frame.f_lineno - outer.__code__.co_firstlineno)


# Walking up while the frames run, as logging does for every record.
def where():
    f = sys._getframe(1)
    names = []
    while f is not None and f.f_code.co_name != "<module>":
        names.append((f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno))
        f = f.f_back
    return names


def a():
    return b()


def b():
    return where()


print(a())
frame.clear()
print(frame.f_locals)
