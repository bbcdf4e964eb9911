def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return len(5)
    return "fine"

for kind in ["key", "index", "zero", "type", "ok"]:
    try:
        print(risky(kind))
    except LookupError as error:
        print("LookupError caught:", type(error).__name__, error)
    except ArithmeticError as error:
        print("ArithmeticError caught:", type(error).__name__, error)
    except (TypeError, ValueError) as error:
        print("tuple caught:", type(error).__name__, error)
try:
    raise IndexError("first match wins")
except Exception:
    print("Exception clause")
except IndexError:
    print("never")
