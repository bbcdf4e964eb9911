def attempt(value):
    log = []
    try:
        log.append("try")
        result = 10 // value
    except ZeroDivisionError:
        log.append("except")
        result = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return result, log

print(attempt(2))
print(attempt(0))

def nested(flag):
    try:
        try:
            if flag == "inner":
                raise ValueError("inner")
            if flag == "outer":
                raise KeyError("outer")
        except ValueError as error:
            print("inner handler", error)
        finally:
            print("inner finally")
        print("between")
    except KeyError as error:
        print("outer handler", error)
    finally:
        print("outer finally")

for flag in ["none", "inner", "outer"]:
    nested(flag)
