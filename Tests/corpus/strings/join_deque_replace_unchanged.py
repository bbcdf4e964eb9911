# str.join reads an exact deque in place (its ring may wrap around); str.replace returns the
# str itself when nothing is replaced.
from collections import deque

d = deque()
print(repr("".join(d)), repr(", ".join(d)))
d.append("only")
print("".join(d) is d[0], "-".join(d))
for i in range(10):
    d.append(str(i))
    d.appendleft("L" + str(i))
print("".join(d))
print("|".join(d))
d.rotate(7)
print("<>".join(d))
d = deque(["", "", "a", ""])
print(repr(",".join(d)), repr("".join(d)))
d = deque(maxlen=4)
for word in "the quick brown fox jumps over".split():
    d.append(word)
print(" ".join(d))
d = deque("xyz")
d.appendleft("w")
d.append(7)
try:
    "".join(d)
except TypeError as e:
    print("TypeError:", e)
d = deque([1, "a"])
try:
    "".join(d)
except TypeError as e:
    print("TypeError:", e)
d = deque(["é", "ab", "\U0001F600"])
d.appendleft("ü")
print("·".join(d), len("·".join(d)))

class S(str):
    pass
d = deque([S("sub"), "plain"])
d.appendleft(S("x"))
r = "+".join(d)
print(r, type(r).__name__)
one = deque([S("lone")])
r = "".join(one)
print(r, type(r).__name__, r is one[0])

class Reversed(deque):
    def __iter__(self):
        return reversed(list(deque.__iter__(self)))
print("".join(Reversed("abc")))

class Plain(deque):
    pass
p = Plain("abc")
p.appendleft("z")
print("-".join(p))

s = "hello world"
print(s.replace("q", "Q") is s, s.replace("o", "0", 0) is s, s.replace("o", "0", -1))
print(s.replace("o", "0", 1), s.replace("o", "0", 5), s.replace("world", "") )
print(s.replace("", "-", 3), repr("".replace("", "x")), repr("".replace("a", "b")))
t = S("subclass text")
u = t.replace("z", "Z")
print(u, type(u).__name__)
u = t.replace("s", "S")
print(u, type(u).__name__)
w = "ünïcode ünïcode"
print(w.replace("x", "y") is w, w.replace("ï", "i"), w.replace("ü", "\U0001F600", 1))
try:
    s.replace("a", 1)
except TypeError as e:
    print("TypeError:", e)
