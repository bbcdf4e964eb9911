class Registry:
    items = []
    count = 0

    def add(self, item):
        self.items.append(item)
        Registry.count += 1
        return self

    @classmethod
    def total(cls):
        return cls.count

r1 = Registry().add("x").add("y")
r2 = Registry().add("z")
print(Registry.items, Registry.total())

class Shadow:
    value = 1
    def method(self):
        value = 2
        return value, self.value, Shadow.value

print(Shadow().method())
