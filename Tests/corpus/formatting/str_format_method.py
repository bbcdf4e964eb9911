print("{0} {1} {0}".format("a", "b"))
print("{} {}".format(1, 2), "{:d}".format(42), "{:5}|{:<5}|".format(1, 2))
print("{x} {y[0]} {z.real}".format(x=1, y=[2], z=3))
print("{:.3}".format("truncate"), "{:10.3}|".format("abcdef"))
print("{!r:>10}".format("r"), "{0:{1}}|".format("w", 6))
point = {"x": 3, "y": 4}
print("({x}, {y})".format(**point))
print("{:,.2f}".format(1234567.891), "{:>+9.2e}".format(-0.000321))
try:
    "{} {}".format(1)
except IndexError as error:
    print("IndexError:", error)
try:
    "{name}".format()
except KeyError as error:
    print("KeyError:", error)
try:
    "{:d}".format("x")
except ValueError as error:
    print("ValueError:", error)
