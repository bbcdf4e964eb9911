# String constants that are canonically equivalent but different code points stay
# different objects with their own text (in one code object, and as interned constants).
composed = "caf\u00e9"
decomposed = "cafe\u0301"
print(ascii(composed), ascii(decomposed), composed == decomposed, len(composed), len(decomposed))
print(ascii("\u212a"), ascii("K"), "\u212a" == "K")
print(ascii(("q\u0307\u0323", "q\u0323\u0307")), "q\u0307\u0323" == "q\u0323\u0307")
print(ascii(["\u00c5", "\u212b", "A\u030a"]), len({"\u00c5", "\u212b", "A\u030a"}))

def inner():
    return "e\u0301", "\u00e9"

print(ascii(inner()), inner()[0] == inner()[1])
table = {"\u00e9": 1, "e\u0301": 2}
print(len(table), table["\u00e9"], table["e\u0301"])
long_one = "x" * 10 + "\u00e9" * 40
long_two = "x" * 10 + "e\u0301" * 40
print(len(long_one), len(long_two), long_one == long_two)
