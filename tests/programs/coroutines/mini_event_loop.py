# A tiny round-robin scheduler for coroutines (no asyncio): sleep, spawn, join via awaitables
class Yield:
    def __await__(self):
        yield ("yield",)
class Spawn:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        task = yield ("spawn", self.coro)
        return task
class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        result = yield ("join", self.task)
        return result
class Task:
    counter = 0
    def __init__(self, coro):
        Task.counter += 1
        self.id = Task.counter
        self.coro = coro
        self.done = False
        self.result = None
        self.waiters = []
def run(main):
    ready = [(Task(main), None)]
    first = ready[0][0]
    while ready:
        task, value = ready.pop(0)
        try:
            req = task.coro.send(value)
        except StopIteration as e:
            task.done, task.result = True, e.value
            for w in task.waiters:
                ready.append((w, e.value))
            continue
        if req[0] == "yield":
            ready.append((task, None))
        elif req[0] == "spawn":
            t = Task(req[1])
            ready.append((t, None))
            ready.append((task, t))
        elif req[0] == "join":
            target = req[1]
            if target.done:
                ready.append((task, target.result))
            else:
                target.waiters.append(task)
    return first.result
async def worker(name, n):
    total = 0
    for i in range(n):
        print(f"{name} step {i}")
        total += i
        await Yield()
    return f"{name}:{total}"
async def main():
    t1 = await Spawn(worker("A", 3))
    t2 = await Spawn(worker("B", 2))
    print("spawned", t1.id, t2.id)
    r1 = await Join(t1)
    r2 = await Join(t2)
    return [r1, r2]
print(run(main()))
