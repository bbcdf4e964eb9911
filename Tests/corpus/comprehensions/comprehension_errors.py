data = [1, 2, 0, 4]
try:
    print([10 // d for d in data])
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as error:
    print("ValueError:", error)
try:
    [undefined_name for _ in range(1)]
except NameError as error:
    print("NameError:", error)
print([d for d in data if d] or "empty")
