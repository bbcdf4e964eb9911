class Meters:
    def __init__(self, value):
        self.value = value
    def __add__(self, other):
        return Meters(self.value + other.value)
    def __repr__(self):
        return f"{self.value}m"

print(Meters(1) + Meters(2))
print(Meters(1) + 5)
