def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punctuation="?"), greet(greeting="Yo", name="Di"))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))
print(greet.__defaults__, append_to.__defaults__)
counter = 10
def captured(value=counter):
    return value
counter = 20
print(captured())
