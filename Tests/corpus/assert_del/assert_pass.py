def divide(a, b):
    assert b != 0, "divisor must be non-zero"
    assert isinstance(a, int)
    return a // b

print(divide(10, 2))
try:
    divide(1, 0)
except AssertionError as error:
    print("AssertionError:", error, error.args)
try:
    divide(1.5, 1)
except AssertionError as error:
    print("AssertionError:", repr(error), error.args)
assert True
assert [1], "non-empty list is truthy"
try:
    assert (), ["message", "can be any object"]
except AssertionError as error:
    print(error.args[0])
