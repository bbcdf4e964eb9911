# Widths and precisions past what a machine word holds are ValueErrors, not crashes.
import sys

for template in ("%.{}f", "%{}f", "%{}d", "%.{}d", "%{}s", "%.{}s", "%-{}r", "%.{}e", "%0{}x"):
    for count in (sys.maxsize + 1, 10 ** 30, 2 ** 31):
        text = template.format(count)
        if "." not in template and count == 2 ** 31:
            continue  # a 2 GB result in CPython; here it would only measure memory.
        value = 2.34 if text[-1] in "fe" else (7 if text[-1] in "dx" else "ab")
        for form, operand in ((text, value), (text.encode(), value if not isinstance(value, str) else b"ab")):
            try:
                form % operand
                print(repr(form)[:14], "no error")
            except (ValueError, OverflowError, MemoryError) as error:
                print(repr(form)[:14], type(error).__name__, error)
