def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
print(next(avg))
for v in [10, 20, 60]:
    print(avg.send(v))

def echo():
    received = yield "ready"
    while received != "stop":
        received = yield f"got {received}"
    yield "stopping"

e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send("stop"))
try:
    running_average().send(5)
except TypeError as error:
    print("TypeError:", error)
