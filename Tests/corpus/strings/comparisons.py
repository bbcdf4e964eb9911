print("apple" < "banana", "apple" < "Apple", "a" < "aa", "" < "a")
print("abc" == "abc", "abc" != "abd", "Z" < "a", "é" > "z")
print(sorted(["pear", "Apple", "banana", "apple", "Banana", "cherry"]))
print(sorted(["b10", "b9", "b1", "a"]))
print(max("hello"), min("hello"), max(["aa", "b"]))
print("abc" * 3, 2 * "xy", "-" * 0, "a" * -1 == "")
try:
    "a" < 1
except TypeError as error:
    print("TypeError:", error)
