def descend(n):
    return descend(n + 1) + 1

print("going down")
descend(0)
