def table(data, width):
    for key, value in data:
        print(f"{key:<{width}}|{value:>{width}.{2}f}")

table([("a", 1.0), ("bb", 22.5), ("ccc", 333.333)], 6)
spec = ">8"
print(f"{'x':{spec}}|", "{:{}}|".format("y", spec), "{:{w}.{p}f}".format(3.14159, w=9, p=1))
