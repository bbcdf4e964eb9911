rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Thingamajig", 1, 199.99),
    ("Doohickey", 25, 0.1),
]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>11}"
print(header)
print("-" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5d}{price:>10.2f}{total:>11,.2f}")
print("-" * len(header))
print(f"{'Grand total':<27}{grand:>11,.2f}")
print("%-12s%5d" % ("count", len(rows)))
print("{:<12}{:>5.1%}".format("tax", 0.075))
