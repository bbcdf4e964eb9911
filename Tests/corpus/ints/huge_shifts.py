# Shifts and powers with huge counts: results, MemoryError and OverflowError as CPython.
for e in ["(1 << 100_000_000).bit_length()", "5 >> (10**30)", "-5 >> (10**30)", "0 << (10**12)", "(3 ** 1000000).bit_length()", "1 << (2**64)", "7 >> 2", "-1 << 70"]:
    try: r = eval(e); print(e, r if isinstance(r, int) and r.bit_length() < 200 else "big")
    except MemoryError: print(e, "ME")
    except OverflowError as x: print(e, "OE", x)
print(0 << 2**64)
