"""Richards: an operating-system task scheduler simulation (the classic benchmark), in the subset."""

IDLE_ID = 1
WORKER_ID = 2
HANDLER_A_ID = 3
HANDLER_B_ID = 4
DEVICE_A_ID = 5
DEVICE_B_ID = 6
DEVICE_PACKET = 1000
WORK_PACKET = 1001
BUFFER_SIZE = 4
TRACING = False
layout = 0


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        following = last.link
        while following is not None:
            last = following
            following = last.link
        last.link = self
        return queue


class TaskRecord:
    def describe(self):
        return "record"


class DeviceTaskRecord(TaskRecord):
    def __init__(self):
        self.pending = None


class IdleTaskRecord(TaskRecord):
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerTaskRecord(TaskRecord):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, packet):
        self.work_in = packet.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, packet):
        self.device_in = packet.append_to(self.device_in)
        return self.device_in


class WorkerTaskRecord(TaskRecord):
    def __init__(self):
        self.destination = HANDLER_A_ID
        self.count = 0


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_packet_pending(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False

    def set_running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False

    def set_waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False

    def is_packet_pending(self):
        return self.packet_pending

    def is_task_waiting(self):
        return self.task_waiting

    def is_task_holding(self):
        return self.task_holding

    def is_task_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.table = [None] * 10
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.queue_count = 0

    def trace(self, ident):
        global layout
        layout -= 1
        if layout <= 0:
            print("")
            layout = 50
        print(ident)

    def find_task(self, ident):
        task = self.table[ident]
        if task is None:
            raise SchedulerError("bad task id " + str(ident))
        return task

    def hold_current(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def wait_current(self):
        self.current.task_waiting = True
        return self.current

    def release(self, ident):
        task = self.find_task(ident)
        task.task_holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, packet):
        task = self.find_task(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return task.add_packet(packet, self.current)

    def schedule(self):
        self.current = self.task_list
        while self.current is not None:
            task = self.current
            if task.is_task_holding_or_waiting():
                self.current = task.link
            else:
                self.current_id = task.ident
                if TRACING:
                    self.trace(task.ident)
                self.current = task.run_task(self)


class SchedulerError(Exception):
    pass


class Task(TaskState):
    def __init__(self, scheduler, ident, priority, queue, record):
        TaskState.__init__(self)
        self.link = scheduler.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.record = record
        self.packet_pending = queue is not None
        self.task_waiting = False
        self.task_holding = False
        scheduler.task_list = self
        scheduler.table[ident] = self

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            packet.append_to(self.input)
        return old

    def run_task(self, scheduler):
        if self.is_waiting_with_packet():
            message = self.input
            self.input = message.link
            if self.input is None:
                self.set_running()
            else:
                self.set_packet_pending()
        else:
            message = None
        return self.run(scheduler, message)

    def run(self, scheduler, packet):
        raise SchedulerError("run is abstract")


class DeviceTask(Task):
    def run(self, scheduler, packet):
        record = self.record
        if packet is None:
            pending = record.pending
            if pending is None:
                return scheduler.wait_current()
            record.pending = None
            return scheduler.queue_packet(pending)
        record.pending = packet
        if TRACING:
            scheduler.trace(packet.datum)
        return scheduler.hold_current()


class HandlerTask(Task):
    def run(self, scheduler, packet):
        record = self.record
        if packet is not None:
            if packet.kind == WORK_PACKET:
                record.work_in_add(packet)
            else:
                record.device_in_add(packet)
        work = record.work_in
        if work is None:
            return scheduler.wait_current()
        count = work.datum
        if count >= BUFFER_SIZE:
            record.work_in = work.link
            return scheduler.queue_packet(work)
        device = record.device_in
        if device is None:
            return scheduler.wait_current()
        record.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return scheduler.queue_packet(device)


class IdleTask(Task):
    def run(self, scheduler, packet):
        record = self.record
        record.count -= 1
        if record.count == 0:
            return scheduler.hold_current()
        if record.control % 2 == 0:
            record.control = record.control // 2
            return scheduler.release(DEVICE_A_ID)
        record.control = xor_feedback(record.control // 2)
        return scheduler.release(DEVICE_B_ID)


def xor_feedback(value):
    """value XOR 0xD008 without bit operators: per-bit arithmetic."""
    mask = 53256
    result = 0
    bit = 1
    while value > 0 or mask > 0:
        a = value % 2
        b = mask % 2
        if a != b:
            result += bit
        value = value // 2
        mask = mask // 2
        bit = bit * 2
    return result


class WorkTask(Task):
    def run(self, scheduler, packet):
        record = self.record
        if packet is None:
            return scheduler.wait_current()
        if record.destination == HANDLER_A_ID:
            destination = HANDLER_B_ID
        else:
            destination = HANDLER_A_ID
        record.destination = destination
        packet.ident = destination
        packet.datum = 0
        for index in range(BUFFER_SIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            packet.data[index] = 65 + record.count - 1
        return scheduler.queue_packet(packet)


def run_richards(iterations):
    total_queue = 0
    total_hold = 0
    for iteration in range(iterations):
        scheduler = Scheduler()
        IdleTask(scheduler, IDLE_ID, 0, None, IdleTaskRecord())
        work = Packet(None, 0, WORK_PACKET)
        work = Packet(work, 0, WORK_PACKET)
        WorkTask(scheduler, WORKER_ID, 1000, work, WorkerTaskRecord())
        work = Packet(None, DEVICE_A_ID, DEVICE_PACKET)
        work = Packet(work, DEVICE_A_ID, DEVICE_PACKET)
        work = Packet(work, DEVICE_A_ID, DEVICE_PACKET)
        HandlerTask(scheduler, HANDLER_A_ID, 2000, work, HandlerTaskRecord())
        work = Packet(None, DEVICE_B_ID, DEVICE_PACKET)
        work = Packet(work, DEVICE_B_ID, DEVICE_PACKET)
        work = Packet(work, DEVICE_B_ID, DEVICE_PACKET)
        HandlerTask(scheduler, HANDLER_B_ID, 3000, work, HandlerTaskRecord())
        DeviceTask(scheduler, DEVICE_A_ID, 4000, None, DeviceTaskRecord())
        DeviceTask(scheduler, DEVICE_B_ID, 5000, None, DeviceTaskRecord())
        scheduler.schedule()
        total_queue += scheduler.queue_count
        total_hold += scheduler.hold_count
        if iteration == 0:
            print("queue count", scheduler.queue_count, "hold count", scheduler.hold_count)
    return total_queue + total_hold


def main():
    print("richards total", run_richards(4))
    scheduler = Scheduler()
    try:
        scheduler.find_task(7)
    except SchedulerError as error:
        print("caught:", str(error))
    print("record kinds", TaskRecord().describe(), DeviceTaskRecord().describe())


main()
