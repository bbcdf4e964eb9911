try:
    {}["x"]
except KeyError:
    print("handling")
    [][0]
