# Attribute loads on modules go through an inline cache: rebinding, deleting and
# adding module globals, a module __getattr__, and a module subclass all show at once.
import sys

this = sys.modules[__name__]
ModuleType = type(sys)
counter = 0

def read(module, rounds=3):
    seen = []
    for _ in range(rounds):
        seen.append(module.counter)
    return seen

print(read(this))
counter = 5
print(read(this))
this.counter = 6
print(read(this))

def read_value(module):
    try:
        return module.value
    except AttributeError as error:
        return "AttributeError: " + str(error)

made = ModuleType("made")
made.value = 1
print(read_value(made), read_value(made))
del made.value
print(read_value(made))
made.__getattr__ = lambda name: "from __getattr__: " + name
print(read_value(made))
made.value = 2
for index in range(40):
    setattr(made, "filler%d" % index, index)
print(read_value(made), made.filler39)

class Special(ModuleType):
    @property
    def value(self):
        return "property"

other = Special("other")
other.__dict__["value"] = "dict"
print(read_value(other), read_value(made), read_value(other))

def class_of(module):
    return module.__class__.__name__, module.__name__

print(class_of(this), class_of(made), class_of(this))
