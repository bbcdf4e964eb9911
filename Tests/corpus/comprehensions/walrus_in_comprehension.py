values = [3, 8, 1, 9, 4]
running = 0
sums = [running := running + v for v in values]
print(sums, running)
filtered = [y for v in values if (y := v * 3) > 10]
print(filtered, y)
data = {"a": "1", "b": "x", "c": "22"}
parsed = {k: n for k, s in data.items() if (n := int(s) if s.isdigit() else None) is not None}
print(parsed)
