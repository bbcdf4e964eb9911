class Singleton:
    _instance = None
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__", value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f"{float(self)}°C"
print(Celsius(21.456), Celsius(3) + 1, isinstance(Celsius(1), float))

class NotMine:
    def __init__(self):
        print("never printed")
class Factory:
    def __new__(cls):
        return 42
print(Factory())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as error:
    print("TypeError:", error)
