def build():
    handlers = {}
    for name in ["a", "b", "c"]:
        def handler(name=name):
            return "handled " + name
        handlers[name] = handler
    return handlers

h = build()
print(h["a"](), h["c"]())

def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total

print(accumulate())

def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    return inc, dec

inc, dec = counter_pair()
print(inc(), inc(), dec(), inc())
