class P:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e: print(e)
try:
    p.y
except AttributeError as e: print(e)
p.y = 2; print(p.y)
try:
    p.__dict__
except AttributeError as e: print(e)
class Q(P):
    __slots__ = "w"
q = Q(1); q.w = 5; q.y = 6; print(q.w, q.y)
try:
    q.v = 1
except AttributeError as e: print(e)
class R(P):
    pass
r = R(1); r.anything = 1; print(r.anything)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.b = 2; print(w.b)
del p.x
try:
    p.x
except AttributeError as e: print(e)
