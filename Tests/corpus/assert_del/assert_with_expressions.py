def check_all(values):
    for v in values:
        assert v > 0, f"bad value {v!r} at index {values.index(v)}"
    return "all positive"

print(check_all([1, 2, 3]))
try:
    check_all([1, -2, 3])
except AssertionError as error:
    print(error)
counter = 0
def bump():
    global counter
    counter += 1
    return True
assert bump()
print("message is evaluated lazily:", counter)
try:
    assert False, bump() and "message after bump"
except AssertionError as error:
    print(error, counter)
