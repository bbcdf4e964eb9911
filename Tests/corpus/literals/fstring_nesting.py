width = 8
value = 3.14159
print(f"[{value:{width}.{2}f}]")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{'nested'!r} {{braces}} {{{width}}}")
d = {"key": "v"}
print(f"{d['key']}")
print(f"{'%d' % 5}")
print(f"{width=}")
print(f"{value=:.1f}")
print(f"{ width + 1 }")
