error = "before"
try:
    raise ValueError("oops")
except ValueError as error:
    print("caught", error)

try:
    print(error)
except NameError as e:
    print("NameError:", e)

def keep():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved

print(type(keep()).__name__, keep())
