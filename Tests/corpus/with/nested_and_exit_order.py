class Layer:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("  " * self.n + f"open {self.n}")
        return self.n
    def __exit__(self, kind, value, tb):
        print("  " * self.n + f"close {self.n} ({kind.__name__ if kind else '-'})")
        return self.n == 1 and kind is not None

with Layer(0) as a:
    with Layer(1) as b:
        with Layer(2) as c:
            print("innermost", a + b + c)
            raise RuntimeError("boom")
        print("not reached")
    print("after layer 1 (suppressed)")
print("done")
