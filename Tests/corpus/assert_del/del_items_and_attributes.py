data = [0, 1, 2, 3, 4, 5]
del data[0]
del data[-1]
del data[1:3]
print(data)
mapping = {"a": 1, "b": 2, "c": 3}
del mapping["b"]
print(mapping)
try:
    del mapping["zzz"]
except KeyError as error:
    print("KeyError:", error)
class Box:
    pass
box = Box()
box.item = "thing"
box.other = 1
del box.item
print(vars(box))
try:
    del box.item
except AttributeError as error:
    print("AttributeError:", error)
nested = {"list": [1, 2, 3]}
del nested["list"][1]
print(nested)
t = (1, 2)
try:
    del t[0]
except TypeError as error:
    print("TypeError:", error)
