# str() returns what __str__ returned, also an instance of a str subclass; str's own
# __str__ of a subclass instance gives a plain str.
class Tagged(str):
    pass


class Loud(str):
    def __str__(self):
        return "plain"


class Holder:
    def __str__(self):
        return Tagged("held")


for value in [Holder(), Tagged("t"), Loud("l")]:
    result = str(value)
    print(type(result).__name__, repr(result))
    print(f"{value}", "%s" % value, "{}".format(value), "{!s}".format(value), format(value))
print(type(str.__str__(Tagged("q"))).__name__)
print(type(Tagged(Holder())).__name__, Tagged(Holder()))
print(str(object=5), str(b"ab", "ascii"), str(b"ab", errors="strict", encoding="ascii"), repr(str()))
print(Holder())


class Wrong:
    def __str__(self):
        return 5


try:
    str(Wrong())
except TypeError as error:
    print(error)
