class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."

class Dog(Animal):
    tricks = 0
    def fetch(self):
        return "ball"

d = Dog("rex")
own = [n for n in dir(d) if not n.startswith("__")]
print(own)
print([n for n in dir(Dog) if not n.startswith("__")])
print(vars(d), sorted(k for k in vars(Dog) if not k.startswith("__")))
d.age = 3
print(vars(d))
def inner_dir():
    a = 1
    b = 2
    return dir()
print(inner_dir())
try:
    vars(5)
except TypeError as error:
    print("TypeError:", error)
