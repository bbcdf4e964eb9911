texts = ["3.14", "-2.5", "  7  ", "1e3", "1E-2", ".5", "5.", "1_000.5", "+0.0", "-0", "inf", "-INF", "nan", "infinity"]
for t in texts:
    print(repr(t), float(t))
for bad in ["", "abc", "1.2.3", "1e", "0x10", "1__0"]:
    try:
        float(bad)
    except ValueError as error:
        print("ValueError:", error)
print(float(True), float(3), float("  -1.5e+2 "))
