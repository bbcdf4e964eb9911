items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.insert(0, 2)
items.insert(100, 6)
items.insert(-1, 7)
print(items)
print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove(1)
print(items, items.index(4), items.count(1), items.count(42))
items.reverse()
print(items)
items.sort()
print(items)
copy = items.copy()
items.clear()
print(items, copy)
try:
    items.pop()
except IndexError as error:
    print("IndexError:", error)
try:
    copy.remove(100)
except ValueError as error:
    print("ValueError:", error)
try:
    copy.index(100)
except ValueError as error:
    print("ValueError:", error)
