prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
for name in prices:
    print(name, prices[name])
for name, price in sorted(prices.items(), key=lambda kv: kv[1]):
    print(f"{name:>6}: {price:.2f}")
print(max(prices, key=prices.get), min(prices.values()), sum(prices.values()))
print(list(enumerate(prices)), dict(enumerate("ab")))
print({k: round(v * 1.1, 2) for k, v in prices.items()})
