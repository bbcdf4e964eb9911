print(sep="-", 2)
