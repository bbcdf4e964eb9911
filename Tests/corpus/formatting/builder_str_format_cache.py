# str.format with the same format text used again (its parse is cached once it parsed to the end),
# nested specs, format_map, and formats whose errors come after fields run (never cached).
fmt = "{}|{:>5}|{x}|{!r}"
for i in range(3):
    print(fmt.format(i, "é", "r", x=[i]))
    print("{{}}{:{}}{}".format(i, 4, "z"))
for bad in ("{", "a}", "{0}{}", "{!z}", "{:{:{}}}"):
    for _ in range(2):
        try: print(bad.format(1, 2, 3))
        except Exception as e: print(type(e).__name__, e)
class R:
    def __format__(self, spec):
        raise KeyError(spec)
for _ in range(2):
    try: "{:q} }".format(R())
    except Exception as e: print(type(e).__name__, e)
print("{a}-{b:.2f}".format_map({"a": 1, "b": 2}), "{a}-{b:.2f}".format_map({"a": 3, "b": 4.5}))
