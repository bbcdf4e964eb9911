# A class's __annotations__ are its own: a subclass without annotations gets an empty
# dict, stored in its namespace (xdsl walks each class's own annotations), not its base's.


class Base:
    x: int
    y: "str" = "y"


class Child(Base):
    pass


class Grandchild(Child):
    z: float


print(Base.__annotations__)
print(Child.__annotations__, "__annotations__" in Child.__dict__)
print(Grandchild.__annotations__)
Child.__annotations__["w"] = bytes
print(Child.__annotations__, Base.__annotations__)
Child.__annotations__ = {"v": list}
print(Child.__annotations__, Child().__annotations__)
print(Base().__annotations__ is Base.__annotations__)
try:
    int.__annotations__
except AttributeError as error:
    print("AttributeError:", error)
try:
    int.__annotations__ = {}
except TypeError as error:
    print("TypeError:", error)
