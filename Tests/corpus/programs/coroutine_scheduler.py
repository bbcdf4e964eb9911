"""Cooperative multitasking with generators: a round-robin scheduler, sleeping, message channels."""


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Send:
    def __init__(self, channel, message):
        self.channel = channel
        self.message = message


class Receive:
    def __init__(self, channel):
        self.channel = channel


class Task:
    next_id = 1

    def __init__(self, name, generator):
        self.id = Task.next_id
        Task.next_id += 1
        self.name = name
        self.generator = generator
        self.wake_at = 0
        self.value_to_send = None
        self.result = None

    def __repr__(self):
        return f"Task({self.id}, {self.name})"


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.mailboxes = {}
        self.clock = 0
        self.log = []
        self.finished = []

    def spawn(self, name, generator):
        task = Task(name, generator)
        self.ready.append(task)
        return task

    def deliver(self, channel, message):
        waiters = self.waiting.get(channel)
        if waiters:
            task = waiters.pop(0)
            task.value_to_send = message
            self.ready.append(task)
        else:
            self.mailboxes.setdefault(channel, []).append(message)

    def step(self, task):
        try:
            request = task.generator.send(task.value_to_send)
        except StopIteration as stop:
            task.result = stop.value
            self.finished.append(task)
            self.log.append(f"t={self.clock} {task.name} finished -> {stop.value!r}")
            return
        except Exception as error:
            task.result = error
            self.finished.append(task)
            self.log.append(f"t={self.clock} {task.name} crashed: {type(error).__name__}: {error}")
            return
        task.value_to_send = None
        if request is None:
            self.ready.append(task)
        elif isinstance(request, Sleep):
            task.wake_at = self.clock + request.ticks
            self.sleeping.append(task)
        elif isinstance(request, Send):
            self.deliver(request.channel, request.message)
            self.ready.append(task)
        elif isinstance(request, Receive):
            box = self.mailboxes.get(request.channel)
            if box:
                task.value_to_send = box.pop(0)
                self.ready.append(task)
            else:
                self.waiting.setdefault(request.channel, []).append(task)
        else:
            raise TypeError(f"unknown request {request!r}")

    def run(self, limit=200):
        while (self.ready or self.sleeping) and self.clock < limit:
            self.clock += 1
            woken = [t for t in self.sleeping if t.wake_at <= self.clock]
            self.sleeping = [t for t in self.sleeping if t.wake_at > self.clock]
            self.ready.extend(woken)
            current, self.ready = self.ready, []
            for task in current:
                self.step(task)
        blocked = sorted(t.name for waiters in self.waiting.values() for t in waiters)
        return self.clock, blocked


def counter(name, count, delay):
    total = 0
    for i in range(count):
        total += i
        yield Sleep(delay)
    return f"{name} counted to {total}"


def producer(channel, items):
    for item in items:
        yield Send(channel, item)
        yield Sleep(2)
    yield Send(channel, None)
    return len(items)


def consumer(channel, log):
    received = []
    while True:
        item = yield Receive(channel)
        if item is None:
            break
        log.append(item.upper())
        received.append(item)
        yield
    return received


def faulty():
    yield Sleep(3)
    raise ValueError("sensor offline")


def forever_waiting():
    message = yield Receive("nobody-sends-here")
    return message


scheduler = Scheduler()
shouted = []
scheduler.spawn("slow", counter("slow", 4, 3))
scheduler.spawn("fast", counter("fast", 6, 1))
scheduler.spawn("producer", producer("words", ["alpha", "beta", "gamma"]))
scheduler.spawn("consumer", consumer("words", shouted))
scheduler.spawn("faulty", faulty())
scheduler.spawn("orphan", forever_waiting())
clock, blocked = scheduler.run()
for line in scheduler.log:
    print(line)
print("clock:", clock, "blocked:", blocked)
print("shouted:", shouted)
print("finished order:", [t.name for t in scheduler.finished])
print({t.name: t.result for t in scheduler.finished if not isinstance(t.result, Exception)})
bad = Scheduler()
bad.spawn("not-a-generator", iter([42]))
print(bad.run(), bad.log)

def confused():
    yield 42

try:
    strange = Scheduler()
    strange.spawn("confused", confused())
    strange.run()
except TypeError as error:
    print("TypeError:", error)
