from decimal import Decimal, ROUND_DOWN, Context
d = Decimal("1.23456")
print(d.quantize(Decimal("0.01")), d.quantize(Decimal("0.01"), ROUND_DOWN), d.quantize(Decimal("0.1"), ROUND_DOWN, Context(prec=5)))
print(d.quantize(exp=Decimal("0.001")), d.quantize(Decimal("0.01"), rounding=ROUND_DOWN))
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((Decimal(1),), {"exp": Decimal(1)})]:
    try:
        d.quantize(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
