s = "0123456789"
cases = [(None, None, -1), (8, 2, -1), (8, 2, -3), (2, 8, -1), (-1, -5, -1), (None, 5, -2), (5, None, -2), (-100, 100, 1), (100, -100, -1)]
for start, stop, step in cases:
    print(start, stop, step, repr(s[start:stop:step]), list(range(10))[start:stop:step])
