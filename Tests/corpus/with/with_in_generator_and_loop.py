class Logged:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, kind, value, tb):
        self.log.append("exit " + self.name + (" with " + kind.__name__ if kind else ""))
        return kind is KeyError

def records(log):
    with Logged("generator", log):
        for i in range(3):
            yield i
    log.append("generator done")

log = []
print(list(records(log)))
print(log)
log = []
for i in range(4):
    with Logged(f"iteration {i}", log):
        if i == 1:
            raise KeyError(i)
        if i == 2:
            continue
        log.append(f"body {i}")
print(log)
log = []
g = records(log)
next(g)
g.close()
print(log)
