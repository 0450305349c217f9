"""scheduler: a small priority-scheduled kernel with tasks passing packets.

A generator task turns timer ticks into jobs, a dispatcher hands each job to the
least busy worker, workers compute a result and pass it to a collector. Packets
live on linked-list queues and are recycled through a free list.
Measures: many small method calls, attribute reads and writes on objects,
virtual dispatch through subclasses, linked-list manipulation.
Size: number of jobs.
"""
import sys
from _harness import main


class Packet:
    def __init__(self):
        self.link = None
        self.kind = 0
        self.value = 0


JOB = 1
RESULT = 2
TICK = 3


class Queue:
    """FIFO of packets chained through their `link` field."""

    def __init__(self):
        self.head = None
        self.tail = None
        self.length = 0

    def push(self, packet):
        packet.link = None
        if self.tail is None:
            self.head = packet
        else:
            self.tail.link = packet
        self.tail = packet
        self.length += 1

    def pop(self):
        packet = self.head
        self.head = packet.link
        if self.head is None:
            self.tail = None
        self.length -= 1
        packet.link = None
        return packet

    def is_empty(self):
        return self.head is None


class Task:
    def __init__(self, kernel, name, priority):
        self.kernel = kernel
        self.name = name
        self.priority = priority
        self.inbox = Queue()
        self.suspended = False
        self.runs = 0

    def runnable(self):
        return not self.suspended and not self.inbox.is_empty()

    def step(self):
        raise NotImplementedError


class Idle(Task):
    """Lowest priority: advances the clock, sends ticks and wakes sleeping workers."""

    def runnable(self):
        return self.kernel.collected < self.kernel.total

    def step(self):
        kernel = self.kernel
        kernel.clock += 1
        kernel.send(kernel.generator, kernel.packet(TICK, kernel.clock))
        for worker in kernel.workers:
            if worker.suspended:
                worker.suspended = False


class Generator(Task):
    def __init__(self, kernel, name, priority, jobs):
        Task.__init__(self, kernel, name, priority)
        self.remaining = jobs
        self.seed = 12345

    def next_value(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7fffffff
        return self.seed >> 8

    def step(self):
        tick = self.inbox.pop()
        burst = 1 + tick.value % 4
        self.kernel.release(tick)
        while burst and self.remaining:
            self.kernel.send(self.kernel.dispatcher, self.kernel.packet(JOB, self.next_value()))
            self.remaining -= 1
            burst -= 1


class Dispatcher(Task):
    def __init__(self, kernel, name, priority):
        Task.__init__(self, kernel, name, priority)
        self.turn = 0

    def step(self):
        # Least loaded worker wins; ties go round-robin from a rotating start.
        job = self.inbox.pop()
        workers = self.kernel.workers
        count = len(workers)
        best = None
        for offset in range(count):
            worker = workers[(self.turn + offset) % count]
            if best is None or worker.inbox.length < best.inbox.length:
                best = worker
        self.turn = (self.turn + 1) % count
        self.kernel.send(best, job)


class Worker(Task):
    def __init__(self, kernel, name, priority, base):
        Task.__init__(self, kernel, name, priority)
        self.base = base
        self.done = 0

    def step(self):
        job = self.inbox.pop()
        value = job.value
        digits = 0
        while value:
            digits += value % self.base
            value //= self.base
        job.kind = RESULT
        job.value = digits * self.base + self.done % 7
        self.done += 1
        # A worker rests after every fifth job until the idle task wakes it.
        if self.done % 5 == 0:
            self.suspended = True
        self.kernel.send(self.kernel.collector, job)

    def runnable(self):
        return not self.suspended and not self.inbox.is_empty()


class Collector(Task):
    def __init__(self, kernel, name, priority):
        Task.__init__(self, kernel, name, priority)
        self.digest = 0

    def step(self):
        result = self.inbox.pop()
        self.digest = (self.digest * 31 + result.value) % 1000000007
        self.kernel.collected += 1
        self.kernel.release(result)


class Kernel:
    def __init__(self, total_jobs, worker_count):
        self.tasks = []
        self.free = Queue()
        self.clock = 0
        self.switches = 0
        self.allocated = 0
        self.collected = 0
        self.total = total_jobs
        self.collector = self.add(Collector(self, "collector", 10))
        self.workers = [self.add(Worker(self, "worker%d" % i, 5 + i % 3, 3 + i))
                        for i in range(worker_count)]
        self.dispatcher = self.add(Dispatcher(self, "dispatcher", 8))
        self.generator = self.add(Generator(self, "generator", 2, total_jobs))
        self.add(Idle(self, "idle", 0))

    def add(self, task):
        # Keep tasks ordered by descending priority; equal priorities keep insertion order.
        index = 0
        while index < len(self.tasks) and self.tasks[index].priority >= task.priority:
            index += 1
        self.tasks.insert(index, task)
        return task

    def packet(self, kind, value):
        if self.free.is_empty():
            self.allocated += 1
            packet = Packet()
        else:
            packet = self.free.pop()
        packet.kind = kind
        packet.value = value
        return packet

    def release(self, packet):
        self.free.push(packet)

    def send(self, task, packet):
        task.inbox.push(packet)

    def pick(self):
        for task in self.tasks:
            if task.runnable():
                return task
        return None

    def run(self):
        while True:
            task = self.pick()
            if task is None:
                return
            self.switches += 1
            task.runs += 1
            task.step()


def bench(jobs):
    kernel = Kernel(jobs, 6)
    kernel.run()
    runs = ",".join("%s:%d" % (t.name, t.runs) for t in kernel.tasks)
    return "scheduler jobs=%d switches=%d clock=%d packets=%d digest=%d runs=%s" % (
        jobs, kernel.switches, kernel.clock, kernel.allocated, kernel.collector.digest, runs)


if __name__ == "__main__":
    main(bench, 260000)
