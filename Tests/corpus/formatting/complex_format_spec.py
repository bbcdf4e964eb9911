# format() of complex numbers: each part laid out like a float, the imaginary
# part signed after a real part; no type means str()-like output.
values = [1 + 2j, -1.5 - 0.25j, 3j, -3j, complex(0.0, -0.0), complex(-0.0, 0.0),
          1e20 + 1e-20j, complex(float("inf"), float("nan")), 12345.678 + 0.001j]
specs = ["", "g", ".3", ".3g", "e", ".2E", "f", ".1f", "F", "n", "+", "-", " ",
         "+.2f", ">20", "<20", "^20", "*^24.2f", ",.2f", "_g", "#g", "#.0f", "z.1f", "10"]
for value in values:
    print(repr(value), [format(value, spec) for spec in specs])
print(f"{1+2j:>12.1f}|{-0.0001j:z.2f}|{2j:}|{(1+1j)!s:>8}")
print("{:^15.3}".format(2.5 - 1j))
for spec in ["010", "=10", "d", "x", "%", "s", "c", ",_", "0<10", ".2s"]:
    try:
        print(spec, format(1 + 2j, spec))
    except (ValueError, TypeError) as error:
        print(spec, type(error).__name__, error)
class C(complex):
    pass
print(format(C(1, 2), ".1f"), format(C(1, 2)), (1 + 2j).__format__(">10"))
