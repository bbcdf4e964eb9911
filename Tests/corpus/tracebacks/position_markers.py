# CPython 3.11's `~~^^` markers under traceback source lines: each failure below
# happens while handling the one before, so one run prints every traceback.
def divide(a, b):
    return (a) // b

def lookup(table, key):
    return table [key] + 1

def call_spread(function,
                argument):
    return function(argument)

def nested(values):
    return values[0][1:2]

def attribute(thing):
    return thing.missing + 1

def combine(a, b):
    return a +(b)

def multi_line():
    total = (1 +
             combine(2, None))
    return total

print("start")
try:
    divide(1, 0)
except ZeroDivisionError:
    try:
        lookup({}, "k")
    except KeyError:
        try:
            call_spread(nested, [5])
        except TypeError:
            try:
                attribute(object())
            except AttributeError:
                try:
                    multi_line()
                except TypeError:
                    assert len("ab") == 3, "not three"
