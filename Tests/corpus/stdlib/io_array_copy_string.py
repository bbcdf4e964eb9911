# io.StringIO, array, copy, string.
import io
import array
import copy
import string

buffer = io.StringIO()
buffer.write("hello ")
print("world", file=buffer)
buffer.write("second line\n")
print(repr(buffer.getvalue()), buffer.tell())
buffer.seek(0)
print(repr(buffer.readline()), repr(buffer.read()))
with io.StringIO("a\nb\nc") as lines:
    print([line for line in lines])

pixels = array.array("B", [0, 128, 255])
pixels[1] = 64
pixels.append(7)
print(pixels, len(pixels), pixels[1], list(pixels), pixels.tobytes())
try:
    pixels.append(256)
except OverflowError as error:
    print("OverflowError:", error)
print(array.array("d", [1.5, 2.5]), array.array("i"))

nested = {"a": [1, 2, {"b": 3}], "c": (4, [5])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][2]["b"] = 99
print(shallow["a"][2]["b"], deep["a"][2]["b"], deep == {"a": [1, 2, {"b": 3}], "c": (4, [5])})

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
root = Node(1)
root.children.append(Node(2))
root.children.append(root)
clone = copy.deepcopy(root)
print(clone.value, clone.children[0].value, clone.children[1] is clone, clone is not root)

print(string.ascii_lowercase, string.digits, string.capwords("hello  big world"))
print(len(string.printable), string.punctuation[:5])
