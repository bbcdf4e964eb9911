def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke at {i}"

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out

def finally_order():
    try:
        print("body")
        return "returned"
    finally:
        print("finally before return completes")

print(return_in_finally(), finally_swallows(), break_in_finally(), continue_in_finally())
print(finally_order())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter())
