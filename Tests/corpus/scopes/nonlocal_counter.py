def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

a = make_counter(0)
b = make_counter(100)
print(a(), a(), a(5))
print(b(), a())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return result, x

print(outer())
