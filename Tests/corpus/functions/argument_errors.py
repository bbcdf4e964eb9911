def f(a, b, c=3):
    return a + b + c

def g(*, key):
    return key

class K:
    def method(self, x):
        return x

calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: g(1),
    lambda: g(),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: f(*[1], **{"x": 1}),
    lambda: len(),
    lambda: len([], []),
]
for call in calls:
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)
