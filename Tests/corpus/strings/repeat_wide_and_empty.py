for s in ("", "a", "ab", "é", "€x", "😀", "abc" * 7):
    for n in (0, 1, 2, 3, 5, 8, 100, -1):
        r = s * n
        print(len(r), r[:12], r[-3:], r == "".join([s] * max(n, 0)))
print(len("x" * 65280), ("ab" * 33333).count("ab"))
