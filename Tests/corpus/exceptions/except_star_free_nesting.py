def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError:
        print("wrong handler")
    print("not reached")

try:
    level1()
except ValueError as error:
    print("top caught", error)

def cleanup_order():
    stack = []
    try:
        try:
            try:
                raise RuntimeError("x")
            finally:
                stack.append(1)
        finally:
            stack.append(2)
    except RuntimeError:
        stack.append(3)
    finally:
        stack.append(4)
    return stack
print(cleanup_order())
