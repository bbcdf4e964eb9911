"""Helper module for the modules tests."""
print("loading _helpers as", __name__)

CONSTANT = 42
_private = "hidden"
calls = 0

def greet(name):
    global calls
    calls += 1
    return f"hello {name} (call {calls})"

class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"

def read_constant():
    return CONSTANT
