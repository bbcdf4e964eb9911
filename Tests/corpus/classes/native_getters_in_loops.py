# Attributes that native getters answer (frame and code attributes, int.real, an instance's
# __dict__), read again and again at one place, where the type changes under them: a class
# that gains __getattr__ or shadows the getter, instances of different types at one site.
import sys

def caller_line():
    frame = sys._getframe(1)
    return frame.f_code.co_name, frame.f_lineno, frame.f_back is not None

def use():
    seen = []
    for index in range(5):
        seen.append(caller_line())
    return seen

print(use())
print([caller_line()[1] for _ in range(3)])

values = [1, 2.5, True, 3 + 4j, 10 ** 30]
print([(value.real, value.imag) for value in values * 2])

class Record:
    def __init__(self, count):
        for index in range(count):
            setattr(self, "field%d" % index, index * index)

for count in [0, 1, 5, 40]:
    record = Record(count)
    view = record.__dict__
    print(count, len(view), list(view.items())[:3], list(view)[-1:] if view else None)
    record.extra = "added"
    print(view.get("extra"), record.__dict__ is view, vars(record) is view)
    view["direct"] = 1
    print(record.direct, sorted(record.__dict__)[:2])

class Getter:
    @property
    def value(self):
        raise AttributeError("from the getter")

class WithFallback(Getter):
    def __getattr__(self, name):
        return "fallback for " + name

def read_real(objects):
    results = []
    for item in objects:
        try:
            results.append(item.real)
        except AttributeError as error:
            results.append("AttributeError: %s" % error)
    return results

print(read_real([1, 2.0, "text", 3, Getter()]))
frames = []
def read_code_names(items):
    return [item.f_code.co_name if hasattr(item, "f_code") else type(item).__name__ for item in items]
print(read_code_names([sys._getframe(), 5, sys._getframe(), "x"]))

def read_value(item):
    try:
        return item.value
    except AttributeError as error:
        return "AttributeError: %s" % error
print([read_value(item) for item in [Getter(), WithFallback(), Getter()]])

class Late:
    pass
late = Late()
print([type(late).__dict__.get("__getattr__") is None for _ in range(2)], late.__dict__)
Late.__getattr__ = lambda self, name: "late " + name
print(late.missing, late.__dict__)
class Shadowing(Late):
    __dict__ = property(lambda self: {"shadowed": True})
for item in [late, Shadowing(), late]:
    print(item.__dict__)
