counter = 0

def bump():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10

print(bump(), bump(), read_only())

def create_new_global():
    global fresh
    fresh = "made inside"

create_new_global()
print(fresh)
