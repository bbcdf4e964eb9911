def consumer(name, log):
    try:
        while True:
            item = yield
            log.append(f"{name}:{item}")
    except GeneratorExit:
        log.append(f"{name} closed")

def broadcaster(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

log = []
sinks = [consumer("even", log), consumer("all", log)]
for s in sinks:
    next(s)
b = broadcaster(sinks)
next(b)
for i in range(3):
    b.send(i)
for s in sinks:
    s.close()
print(log)
