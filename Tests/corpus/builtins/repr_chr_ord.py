print(repr(1), repr("a"), repr([1, "b"]), repr(None), repr(1.5), repr((1,)), repr({"k": "v"}))
print(chr(65), chr(0x263A), chr(0), repr(chr(10)), ord("A"), ord("€"), ord("\U0001F600"))
print([chr(c) for c in range(97, 102)], "".join(chr(ord(c) + 1) for c in "HAL"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord("")]:
    try:
        bad()
    except (ValueError, TypeError) as error:
        print(type(error).__name__ + ":", error)
print(ascii("café"), ascii([1, "ü"]))
