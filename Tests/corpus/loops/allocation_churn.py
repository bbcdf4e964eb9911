class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node

kept = []
for i in range(20000):
    temporary = [i, str(i), (i, i + 1), {"k": i}]
    node = Node(temporary)
    if i % 1000 == 0:
        kept.append(node)
print(len(kept), [n.value[1] for n in kept[:5]], kept[-1].value[3])
head = None
for i in range(5000):
    head = Node(i, head)
total = 0
length = 0
while head is not None:
    total += head.value
    length += 1
    head = head.next
print(length, total)
strings = []
for i in range(3000):
    s = "item-" + str(i) * 3
    if i % 500 == 0:
        strings.append(s)
print(strings)
big = [[j for j in range(i % 50)] for i in range(2000)]
print(sum(len(row) for row in big), big[1999][-1])
