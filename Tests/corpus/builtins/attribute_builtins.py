class Config:
    mode = "fast"

c = Config()
print(getattr(c, "mode"), getattr(c, "missing", None), hasattr(c, "mode"), hasattr(c, "nope"))
setattr(c, "level", 3)
print(c.level, vars(c))
delattr(c, "level")
print(vars(c), hasattr(c, "level"))
try:
    getattr(c, "missing")
except AttributeError as error:
    print("AttributeError:", error)
try:
    delattr(c, "mode")
except AttributeError as error:
    print("AttributeError:", error)
try:
    getattr(c, 5)
except TypeError as error:
    print("TypeError:", error)
print(getattr(5, "real"), getattr("s", "upper")())
