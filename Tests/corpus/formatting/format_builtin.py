print(format(3.14159, ".3f"), format(42, "08b"), format(1234567, ","))
print(format("text", "^10"), format(0.5, "%"), format(255, "#X"))
print(repr(format(12)), repr(format(1.0)), format(None), format([1]))
print(format(1e100), format(1.0, "g"), format(100000.0, "g"), format(1000000.0, "g"))
print(format(-0.0, ".1f"), format(float("inf"), "f"), format(float("nan"), "8.2f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1.0005, ".3f"))
print(format(True, "d"), format(10, "c"), format(65, "c"))
try:
    format(1.5, "d")
except ValueError as error:
    print("ValueError:", error)
try:
    format("s", "d")
except ValueError as error:
    print("ValueError:", error)
