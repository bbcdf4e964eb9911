s = """abc
print(s)
x = 1
