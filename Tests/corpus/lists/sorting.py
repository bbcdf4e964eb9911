people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 35), ("eve", 30)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted([3, 1, 2], reverse=True), sorted("zyx"), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as error:
    print("TypeError:", error)
