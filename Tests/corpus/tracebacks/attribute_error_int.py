x = 5
print(x.bit_length())
print(x.foo)
