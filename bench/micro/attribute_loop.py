# Attribute reads and writes on instances in a loop (3 million iterations).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x = self.x + dx
        return self.y

def run():
    p = Point(0, 1)
    total = 0
    for i in range(3000000):
        total += p.move(1) + p.x
    return total

print(run())
