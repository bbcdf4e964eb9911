# bytes/bytearray methods that take no arguments refuse them; %b works for
# bytearray formats; byte indexing errors use CPython's words; a bytearray's
# iterator sees it change.
for method in ["isalnum", "isalpha", "isdigit", "islower", "isupper", "isspace", "istitle",
               "isascii", "capitalize", "title"]:
    for value in (b"abc", bytearray(b"abc")):
        try:
            getattr(value, method)(42)
        except TypeError as error:
            print(method, "TypeError", error)
for call in [lambda: b"a\tb".expandtabs(8, 2), lambda: b"a\nb".splitlines(True, 1), lambda: b"a".translate(),
             lambda: b"a".translate(None, None), lambda: b"a\tb".expandtabs(tabsize=4), lambda: b"a\nb".splitlines(keepends=True),
             lambda: b"ab".translate(None, delete=b"a"), lambda: b"a\tb".expandtabs(2 ** 40)]:
    try:
        print(call())
    except (TypeError, OverflowError) as error:
        print(type(error).__name__, error)
print(bytearray(b"hello, %b!") % b"world", b"%b|%5b|%-4b|" % (b"x", bytearray(b"yz"), memoryview(b"w")))
b = bytearray(b"x%bx")
b %= b"y"
print(b)
try:
    "%b" % b"x"
except ValueError as error:
    print("ValueError", error)
for key in ("x", 1.5):
    for value in (b"abc", bytearray(b"abc")):
        try:
            value[key]
        except TypeError as error:
            print("TypeError", error)
a = b"123abc"
print(a * 1 is a, 1 * a is a, a * 2 is a)
data = bytearray([1, 2, 3])
done = iter(data)
fresh = iter(data)
for item in done:
    next(fresh)
data.append(9)
print(list(done), list(fresh), data)
shrinking = bytearray(b"ab")
it = iter(shrinking)
next(it)
shrinking.clear()
print(list(it), it.__length_hint__())
growing = bytearray(b"a")
seen = []
for byte in growing:
    seen.append(byte)
    if len(growing) < 4:
        growing.append(byte + 1)
print(seen, iter(bytearray(b"abc")).__length_hint__())
