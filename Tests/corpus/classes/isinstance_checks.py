class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, object))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, A), issubclass(bool, (str, int)))
print(isinstance(1, (int, float)), isinstance("s", (list, tuple)), isinstance(None, type(None)))
print(type(b) is B, type(b) == A, isinstance(B, type), isinstance(int, type))
try:
    isinstance(b, "A")
except TypeError as error:
    print("TypeError:", error)
try:
    issubclass(b, A)
except TypeError as error:
    print("TypeError:", error)
