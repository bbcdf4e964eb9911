s = "abc"
t = s
s += "d"
print(s, t, s is not t)
try:
    s.append("x")
except AttributeError as error:
    print("AttributeError:", error)
try:
    del s[0]
except TypeError as error:
    print("TypeError:", error)
print("abc" + "def" == "abcdef", "ab" "c" == "abc")
try:
    "abc" + 1
except TypeError as error:
    print("TypeError:", error)
try:
    "abc" * "2"
except TypeError as error:
    print("TypeError:", error)
