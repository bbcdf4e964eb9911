print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:o} {:b} {:e}".format(3.14159, 5, 255, 8, 5, 12345.678))
data = {"x": 1, "y": 2}
print("{x}-{y}".format_map(data))
print("{{literal}} {0!r} {0!s}".format("q"))
