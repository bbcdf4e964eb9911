s = "héllo wörld 🐍!"
print(len(s), s[0], s[1], s[-1], s[-2])
print(s[1:5], s[:3], s[6:], s[-6:-1], s[::2], s[::-1])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
print(s[::3], s[1::4], s[-1:-8:-2])
for i, ch in enumerate("añ中"):
    print(i, ch, ord(ch))
try:
    s[50]
except IndexError as error:
    print("IndexError:", error)
try:
    s[0] = "x"
except TypeError as error:
    print("TypeError:", error)
