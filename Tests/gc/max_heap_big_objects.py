# Single big objects past max_heap raise MemoryError and lose nothing else.
def attempt(label, make):
    try:
        make()
        print(label, "allocated")
    except MemoryError:
        print(label, "MemoryError")
keep = "still here"
attempt("list", lambda: [0] * (100 * 1024 * 1024))
attempt("str", lambda: "x" * (300 * 1024 * 1024))
attempt("bytes", lambda: b"y" * (300 * 1024 * 1024))
attempt("list growth", lambda: list(range(50 * 1024 * 1024)))
attempt("bigint shift", lambda: 1 << (8 * 300 * 1024 * 1024))
attempt("bigint power", lambda: 7 ** (100 * 1024 * 1024))
attempt("padded str", lambda: "x".ljust(300 * 1024 * 1024))
attempt("formatted", lambda: "%300000000d" % 5)
attempt("zero bytes", lambda: bytes(300 * 1024 * 1024))
attempt("small list", lambda: [0] * 1000)
print(keep)
