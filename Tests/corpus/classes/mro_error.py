class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as error:
    print("TypeError:", error)
try:
    class D(X, X): pass
except TypeError as error:
    print("TypeError:", error)
try:
    class E(X, A): pass
except TypeError as error:
    print("TypeError:", error)
print("done")
