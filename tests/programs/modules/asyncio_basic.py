# asyncio on Typhon: sleeps (order only), gather, tasks, run's return value, call_soon/call_later.
import asyncio


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


async def sleep_order():
    log = []
    results = await asyncio.gather(worker("c", 0.3, log), worker("a", 0.1, log), worker("b", 0.2, log))
    print("gather results:", results)
    print("log:", log)


async def tasks():
    log = []
    t1 = asyncio.create_task(worker("x", 0.2, log), name="task-x")
    t2 = asyncio.create_task(worker("y", 0.0, log))
    print("task name:", t1.get_name(), "done before await:", t1.done())
    r2 = await t2
    r1 = await t1
    print("task results:", r1, r2, t1.done(), t1.result())
    print("log:", log)


async def zero_sleeps():
    order = []

    async def step(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)

    await asyncio.gather(step("p"), step("q"))
    print("interleaved:", order)


async def callbacks():
    loop = asyncio.get_running_loop()
    log = []
    fut = loop.create_future()
    loop.call_later(0.2, log.append, "later")
    loop.call_soon(log.append, "soon")
    loop.call_later(0.3, fut.set_result, "future value")
    h = loop.call_later(0.01, log.append, "cancelled")
    h.cancel()
    print("future:", await fut)
    print("callbacks:", log, "handle cancelled:", h.cancelled())
    print("loop running:", loop.is_running(), "time is float:", isinstance(loop.time(), float))


async def gather_exceptions():
    async def boom():
        await asyncio.sleep(0)
        raise ValueError("boom")

    async def fine():
        return 7

    res = await asyncio.gather(fine(), boom(), return_exceptions=True)
    print("return_exceptions:", [type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    try:
        await asyncio.gather(fine(), boom())
    except ValueError as e:
        print("gather raised:", type(e).__name__, e)


async def main():
    await sleep_order()
    await tasks()
    await zero_sleeps()
    await callbacks()
    await gather_exceptions()
    print("current task:", asyncio.current_task().get_name() is not None)
    return "main result"


print("run returned:", asyncio.run(main()))
print("run again:", asyncio.run(asyncio.sleep(0, result=5)))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("no loop:", e)
coro = asyncio.sleep(0)
try:
    asyncio.run(5)
except ValueError as e:
    print(type(e).__name__, e)
coro.close()
