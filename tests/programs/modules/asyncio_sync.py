# asyncio synchronization: Queue producer/consumer, Event, Lock, Semaphore, Condition.
import asyncio


async def producer(q, n, name):
    for i in range(n):
        await q.put(f"{name}{i}")
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, got, producers):
    finished = 0
    while finished < producers:
        item = await q.get()
        q.task_done()
        if item is None:
            finished += 1
        else:
            got.append(item)


async def queues():
    q = asyncio.Queue(maxsize=2)
    got = []
    await asyncio.gather(producer(q, 4, "a"), producer(q, 3, "b"), consumer(q, got, 2))
    print("consumed:", got)
    print("empty:", q.empty(), "qsize:", q.qsize(), "maxsize:", q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull raised")
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait(x)
    print("priority:", [pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        lq.put_nowait(x)
    print("lifo:", [lq.get_nowait() for _ in range(3)])
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)

    async def drain():
        while not jq.empty():
            await jq.get()
            await asyncio.sleep(0.001)
            jq.task_done()

    t = asyncio.create_task(drain())
    await jq.join()
    print("join done, drained:", jq.empty())
    await t


async def events():
    ev = asyncio.Event()
    log = []

    async def waiter(n):
        log.append(f"wait {n}")
        await ev.wait()
        log.append(f"woke {n}")

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("is_set before:", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print("event log:", log, "is_set:", ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())


async def locks():
    lock = asyncio.Lock()
    log = []

    async def critical(n):
        async with lock:
            log.append(f"in {n}")
            await asyncio.sleep(0.001)
            log.append(f"out {n}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print("lock log:", log)
    print("locked after:", lock.locked())
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(n)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("semaphore peak:", peak[0])
    cond = asyncio.Condition()
    items = []

    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    async def prod():
        await asyncio.sleep(0.001)
        async with cond:
            items.append("item")
            cond.notify()

    r, _ = await asyncio.gather(cons(), prod())
    print("condition got:", r)
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)


async def main():
    await queues()
    await events()
    await locks()


asyncio.run(main())
