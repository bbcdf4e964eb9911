print(str(), str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(repr(str("x")), type(str(3)).__name__)
class Thing:
    def __str__(self):
        return "custom str"
print(str(Thing()), f"{Thing()}", "%s" % Thing())
print("caf\u00e9".encode("utf-8"), "abc".encode(), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as error:
    print("UnicodeEncodeError:", error)
