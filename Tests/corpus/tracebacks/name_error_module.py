print("first line")
print(x)
