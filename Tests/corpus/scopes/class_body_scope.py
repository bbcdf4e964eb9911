x = "global x"

class Example:
    x = "class x"
    y = x + " used in class body"
    def method(self):
        return x
    names = [x for _ in range(2)]

print(Example.y)
print(Example().method())
print(Example.names)

def factory():
    value = "enclosing"
    class Inner:
        attribute = value
        def get(self):
            return value
    return Inner

C = factory()
print(C.attribute, C().get())
