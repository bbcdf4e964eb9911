items = {"apple": 3, "pear": 12}
for fruit, count in items.items():
    print(f"{fruit:<8}{count:>4}  {'many' if count > 5 else 'few'}")
values = [1, 2, 3]
print(f"{sum(values)} {len(values)} {values[-1] * 2} {max(values, default=0)}")
print(f"{'-'.join(str(v) for v in values)}")
x = 10
print(f"{x=} {x * 2 = } {x!r:>5}")
width, precision = 12, 3
print(f"[{3.14159:{width}.{precision}}]")
print(f"{{{x}}}", f"{x:{'>' if x else '<'}5}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P()} {P():abc} {format(P(), 'z')}")
