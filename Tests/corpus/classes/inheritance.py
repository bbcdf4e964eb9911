class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
    sound = "meow"

for pet in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)]:
    print(pet.speak(), pet.kind(), isinstance(pet, Dog), isinstance(pet, Animal))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), Puppy.__bases__[0].__name__)
print(Cat("x", False).indoor, Puppy.sound, Puppy.__name__)
