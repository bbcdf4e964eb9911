for fill in "*-0 ":
    for align in "<>^":
        spec = fill + align + "9"
        print(repr(format("abc", spec)), repr(format(42, spec)))
print(repr(f"{'x':=^5}"), repr(f"{-3:0=6}"), repr(f"{3.5:0>7.2f}"))
