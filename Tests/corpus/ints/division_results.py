print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(10 ** 20 / 10 ** 10, (2 ** 100) / (2 ** 99))
print(type(4 / 2).__name__, type(4 // 2).__name__)
print(1 / 7 * 7, 0 / 5, -0 / 5)
print(2 ** 1000 // 3 ** 600)
for a, b in [(1, 0), (0, 0)]:
    try:
        a / b
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)
try:
    divmod(5, 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
try:
    (2 ** 2000) / 3.5 if False else float(2 ** 2000)
except OverflowError as error:
    print("OverflowError:", error)
