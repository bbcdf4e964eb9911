def process():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    process()
except ValueError as error:
    print("caught again:", error)

def wrap():
    try:
        process()
    except ValueError as error:
        raise error

try:
    wrap()
except ValueError as error:
    print("re-raised by name:", error)

try:
    raise
except RuntimeError as error:
    print("RuntimeError:", error)
