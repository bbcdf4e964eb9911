# repr of strs and builtin containers (one text builder), str.join of lists, tuples and
# iterables, str.format fields with empty specs: results and errors as CPython gives them.
import sys
class R:
    def __repr__(self): return "R!"
class L(list): pass
class S(str): pass
d = {"a": 1, 2: [3, (4,)], (): {}, "q'": 'x"y', "both'\"": "\x00\x7f\x80\xad\u2028é\U0001F600\t\n\r\\"}
print(repr(d)); print(repr([]), repr(()), repr((1,)), repr({1, 2}), repr(frozenset()), repr(set()), repr(frozenset({3})))
x = [1]; x.append(x); print(x)
y = {}; y[1] = y; print(y)
t = ([],); t[0].append(t); print(t)
print([R(), L([1, R()]), S("s"), -5, 2**70, 1.5, -0.0, None, True, ...])
print(repr("abc"), repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\\"), repr("é'"), ascii("é"))
print({1: 2}.keys(), {1: 2}.items(), {1: [2]}.values())
class K:
    def __repr__(self):
        big.clear(); return "K"
big = [K(), 1, 2, 3]
print(big)
deep = []
for i in range(5000): deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("RecursionError", e)
s = {"x", "y"}; s2 = set(); print(len(repr(s)), repr(s2))
class SS(set): pass
print(SS([1]), frozenset([frozenset()]))
print("-".join([]), "-".join(()), "-".join(["a"]), "-".join(("a", "b")), "-".join(iter("xyz")), ",".join({"k": 1}))
print("é".join(["a", "b"]), "".join(["a", "€", "b"]), ", ".join([S("s"), "t"]), type(", ".join([S("s")])).__name__)
for bad in [[1], ["a", 2], ("a", None), 5]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError", e)
print("{}-{}-{!r}-{:>4}-{0}".format(1, "x", "y", 3) if False else "{}-{}-{!r}-{:>4}".format(-12, "x", "y", 3))
print("{0}{1}{0}".format("a", 2), "{x}{y!s}".format(x=1, y="z"), "{0[1]}{1.real}".format([5, 6], 3), "{:}".format(True), "{}".format(2**70))
for fmt in ["{0}{}", "{}{0}", "{99999999999999999999}", "{x}", "{1}"]:
    try:
        print(fmt.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print("{}".format(S("sub")), "{:3}".format("a"), "{}".format(1.5), "{}".format(None), "{!a}".format("é"))
