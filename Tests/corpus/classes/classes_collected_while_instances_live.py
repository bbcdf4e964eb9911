import gc
# Many classes created and dropped, some kept through instances only; metaclasses;
# exception classes; type ids reused while old instances stay alive.
class Meta(type):
    def describe(cls):
        return "meta " + cls.__name__
kept = []
for round in range(200):
    Base = Meta(f"Base{round}", (), {"value": round, "get": lambda self: self.value})
    class Derived(Base):
        def get(self):
            return super().get() * 2
    class Problem(Exception):
        pass
    obj = Derived()
    try:
        raise Problem(round)
    except Problem as e:
        err = e
    if round % 20 == 0:
        kept.append((obj, err))
    del Base, Derived, Problem, obj, err
    if round % 7 == 0:
        gc.collect()
gc.collect()
print([o.get() for o, _ in kept])
print([type(o).__name__ for o, _ in kept], [type(o).describe() for o, _ in kept][:3])
print([type(e).__name__ for _, e in kept], [e.args for _, e in kept][:3])
print([isinstance(e, Exception) for _, e in kept].count(True))
print([type(o).__mro__[1].__name__ for o, _ in kept][:4])
# Subclass lists after collection: a base kept, its subclasses dropped.
class Root:
    x = 1
for i in range(50):
    type(f"Leaf{i}", (Root,), {})
gc.collect()
Root.x = 2
print(len(Root.__subclasses__()), Root.x)
leaf = type("Leaf", (Root,), {})()
Root.x = 3
print(leaf.x)
