key = "x"
tests = [
    lambda: ",".join(5), lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: "a".center(5, "ab"),
    lambda: "a".split(1), lambda: "abc".find(1), lambda: "x".startswith(1), lambda: "x".replace(1, "a"),
    lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1, lambda: "{:d}".format(1.5),
    lambda: "{0}{}".format(1, 2), lambda: "{}{0}".format(1, 2), lambda: "{a.b}".format(a=1), lambda: "{0[5]}".format([1]),
    lambda: format(None, ">5"), lambda: "x".zfill("a"), lambda: "abc".strip(1), lambda: "a".encode(1),
    lambda: "x".removeprefix(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5}),
    lambda: "a".join(["b", None]), lambda: "abc"[5], lambda: "abc"[key], lambda: "x".upper(1),
    lambda: "{!}".format(1), lambda: "{0!rr}".format(1), lambda: "{:{:{}}}".format(1, 2, 3), lambda: "}{".format(),
    lambda: "%(x)s" % 5, lambda: "%c" % 1114112, lambda: "%c" % "ab", lambda: ("x" "y").expandtabs("a"),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print("%5s|%-5s|%*d|%.3s|%c|%5.1f%%|%+d|% d|%#o|%#X" % ("a", "b", 4, 7, "abcdef", "x", 99.44, 3, 3, 8, 255))
print("{:>10}|{:^10}|{:10.3f}|{:,}|{:010.2f}|{:^+7d}".format(True, "t", 2.5, 1234567, -3.14159, 42))
print(sorted("bca"), max("abc"), "".join(reversed("abc")), list(map(str.upper, ["a", "b"])))
print(str.upper("abc"), str.join("-", "ab"), "ab".__len__(), "a".__add__("b"), "ab".__mul__(2), "%s".__mod__(3))
class S(str):
    pass
s = S("hello")
print(s.upper(), s + "!", len(s), s.split("l"), type(s.upper()).__name__, "{}".format(s), s == "hello", s[1:3])
