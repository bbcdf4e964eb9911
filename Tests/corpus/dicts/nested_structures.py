inventory = {
    "fruit": {"apple": 5, "pear": 2},
    "veg": {"kale": 0, "leek": 7},
}
inventory["fruit"]["fig"] = 9
inventory.setdefault("grain", {})["rice"] = 3
for category, stock in inventory.items():
    total = sum(stock.values())
    low = [name for name, count in stock.items() if count < 3]
    print(f"{category}: total={total} low={low}")
print(inventory)
counts = {}
for ch in "hello world":
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
