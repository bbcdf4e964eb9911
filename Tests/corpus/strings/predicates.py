samples = ["abc", "ABC", "123", "abc123", "   ", "", "a b", "\t\n", "½", "Ⅷ", "٣", "x_y", "_id", "class"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
