cases = [(1.0, 0.0), (1, 0.0), (0.0, 0.0), (-1.0, 0)]
for a, b in cases:
    try:
        print(a / b)
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)
for a, b in [(1.0, 0.0), (5.5, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)
    try:
        print(a % b)
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)
try:
    0.0 ** -1
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
print(1.0 / 0.5)
print(1.0 / 0.0)
