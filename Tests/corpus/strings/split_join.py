print("a,b,,c".split(","))
print("  lots   of   space  ".split())
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2))
print("one\ntwo\r\nthree\rfour".splitlines())
print("keep\nends\n".splitlines(True))
print("".split(), "".split(","), "abc".split("abc"))
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "none".partition("="))
try:
    "a".split("")
except ValueError as error:
    print("ValueError:", error)
try:
    ",".join(["a", 1])
except TypeError as error:
    print("TypeError:", error)
