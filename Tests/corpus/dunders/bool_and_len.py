class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

print(bool(Empty()), bool(Full()), len(Full()), bool(Both()))
if Flag(False):
    print("truthy")
else:
    print("falsy")
print(not Flag(True), Flag(True) and "and-result", Flag(False) or "or-result")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as error:
    print("TypeError:", error)
class NegativeLen:
    def __len__(self):
        return -1
try:
    len(NegativeLen())
except ValueError as error:
    print("ValueError:", error)
