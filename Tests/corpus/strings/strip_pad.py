s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."))
print(repr("7".zfill(3)), "-7".zfill(4), "+12".zfill(5), "abc".zfill(2))
print(repr("mid".center(9)), repr("mid".center(8, "*")), repr("mid".ljust(6, ".")), repr("mid".rjust(6)))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix("y"))
print(repr("a\tb\tc".expandtabs()), repr("ab\tc".expandtabs(4)))
