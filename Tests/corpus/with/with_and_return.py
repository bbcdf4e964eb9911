class Guard:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
    def __exit__(self, *exc):
        self.log.append("exit")

def early_return(log):
    with Guard(log):
        log.append("body")
        return "returned"
    log.append("unreachable")

def loop_break(log):
    for i in range(5):
        with Guard(log):
            if i == 1:
                break
            log.append(f"i={i}")
    return i

log = []
print(early_return(log), log)
log = []
print(loop_break(log), log)
def loop_continue():
    log = []
    for i in range(3):
        with Guard(log):
            if i == 1:
                continue
            log.append(i)
    return log
print(loop_continue())
