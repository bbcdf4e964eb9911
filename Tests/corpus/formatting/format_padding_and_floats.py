# Padding, truncation and float layouts of %, format() and f-strings (the paths
# rewritten to build their text in one pass).
for value in [0, 7, -42, 123456789, 2**70, -2**65]:
    print("%d|%5d|%-6d|%06d|%+d|%x|%#X|%o" % (value, value, value, value, value, value, value, value))
    print(f"{value:>8}|{value:<8}|{value:^9}|{value:*^12}|{value:=+10}|{value:,}|{value:_x}|{value:#b}")
for value in [0.0, -0.0, 1.5, -2.25, 3.14159, 1e20, 1.5e-7, 123456.789, float("inf"), float("nan")]:
    print("%.3f|%10.2f|%-10.1e|%g|%G|%5.0f|%#.0f" % (value, value, value, value, value, value, value))
    print(f"{value:.2f}|{value:>12.3e}|{value:^12g}|{value:%}|{value:,.1f}|{value:012.4f}|{value:z.1f}")
for text in ["", "a", "héllo", "日本語", "x" * 12]:
    print("[%s|%5s|%-5s|%.2s|%7.3s|%r]" % (text, text, text, text, text, text))
    print(f"[{text:>6}|{text:<6}|{text:^7}|{text:.<8}|{text!r:>10}|{text:.3}]")
print("%c%c|%5c|%-3c|" % (65, "é", 66, "z"))
print("%(a)s-%(b)05.1f" % {"a": "key", "b": 2.345})
print("{:>{w}.{p}f}|{:^{w}}".format(3.14159, "mid", w=10, p=3))
