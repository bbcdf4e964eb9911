counter = 1

def remove():
    global counter
    del counter

remove()
print("counter" in globals())
def recreate():
    global counter
    counter = "new"
recreate()
print(counter)
class Holder:
    attribute = 1
del Holder.attribute
print(hasattr(Holder, "attribute"))
