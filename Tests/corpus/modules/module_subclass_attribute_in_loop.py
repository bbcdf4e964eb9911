# A hot loop reading an attribute of a module: a module subclass's property comes
# before the module's dict, and assigning __class__ mid-loop changes what it reads.
import sys

ModuleType = type(sys)


class Special(ModuleType):
    @property
    def value(self):
        return "property"


def read_all(module, rounds, switch_at=-1):
    seen = {}
    for index in range(rounds):
        if index == switch_at:
            module.__class__ = Special
        value = module.value
        seen[value] = seen.get(value, 0) + 1
    return sorted(seen.items())


special = Special("special")
special.__dict__["value"] = "dict"
print(read_all(special, 3000))

plain = ModuleType("plain")
plain.value = "dict"
print(read_all(plain, 3000))
print(read_all(plain, 3000, switch_at=2500))
print(type(plain).__name__, plain.value)
