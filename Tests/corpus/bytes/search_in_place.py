# bytes/bytearray find, rfind, index, rindex, count, startswith, endswith, in: every start/end form,
# empty and int needles, views as needles (the search runs over the bytes in place).
cases = [b"", b"a", b"abcabcab", b"hello world hello", bytearray(b"xyzxyz")]
needles = [b"", b"a", b"ab", b"abc", b"lo", b"hello", b"z", 97, 122, bytearray(b"yz"), memoryview(b"bc")]
for t in cases:
    for n in needles:
        for args in [(), (1,), (-3,), (2, 5), (0, -1), (10,), (-100, 100)]:
            r = []
            for m in ("find", "rfind", "count"):
                r.append(getattr(t, m)(n, *args))
            for m in ("index", "rindex"):
                try: r.append(getattr(t, m)(n, *args))
                except ValueError as e: r.append(str(e))
            if not isinstance(n, int):
                r.append(t.startswith(n, *args)); r.append(t.endswith(n, *args))
                r.append(t.startswith((b"q", n), *args))
            print(t, n if not isinstance(n, memoryview) else "mv", args, r)
        print(n in t if not isinstance(n, int) or True else None)
for bad in [256, -1, "a", 1.5]:
    try: b"abc".find(bad)
    except Exception as e: print(type(e).__name__, e)
try: b"abc".startswith("a")
except TypeError as e: print(e)
try: 300 in b"abc"
except ValueError as e: print(e)
big = bytes(range(256)) * 1000
print(sum(big.find(bytes([i])) for i in range(256)), big.rfind(b"\x00\x01"), big.count(b"\xff\x00"), big.find(b"\xfe\xff\x00", 5000))
