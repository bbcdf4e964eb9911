items = ["a", "b", "c"]
print(items[-1], items[-3], items[0])
for index in [3, -4]:
    try:
        print(items[index])
    except IndexError as error:
        print("IndexError:", error)
try:
    items[5] = "x"
except IndexError as error:
    print("IndexError:", error)
try:
    items["0"]
except TypeError as error:
    print("TypeError:", error)
items[-1] = "z"
print(items, items[True])
