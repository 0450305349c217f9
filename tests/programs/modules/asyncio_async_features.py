# Async generators, async comprehensions and async context managers under asyncio.
import asyncio
import contextlib


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append(f"enter {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return et is KeyError


class AsyncIter:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.items.pop(0)


@contextlib.asynccontextmanager
async def managed(log):
    log.append("acm setup")
    try:
        yield "acm value"
    finally:
        log.append("acm teardown")


async def main():
    print("ticker:", [i async for i in ticker(4, 0.001)])
    print("squares:", [i * i async for i in ticker(3, 0) if i != 1])
    total = 0
    async for x in AsyncIter([1, 2, 3]):
        total += x
    print("AsyncIter total:", total)
    log = []
    async with Resource("a", log) as a, Resource("b", log) as b:
        log.append(f"body {a.name}{b.name}")
    async with Resource("c", log):
        raise KeyError("suppressed")
    try:
        async with Resource("d", log):
            raise ValueError("passes")
    except ValueError as e:
        log.append(f"caught {e}")
    print("resource log:", log)
    log = []
    async with managed(log) as v:
        log.append(v)
    print("asynccontextmanager:", log)
    gen = ticker(10, 0)
    print("anext:", await gen.__anext__(), await anext(gen))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")
    print("anext default:", await anext(ticker(0, 0), "dflt"))

    async def agen_finally(log):
        try:
            yield 1
            yield 2
        finally:
            log.append("agen finally")

    log = []
    async for v in agen_finally(log):
        break
    print("after break:", log)

    async def add(a, b):
        return a + b

    c = add(1, 2)
    print("coroutine type:", type(c).__name__)
    print("await value:", await c)
    print("iscoroutinefunction:", asyncio.iscoroutinefunction(add), asyncio.iscoroutine(c))
    results = await asyncio.gather(*(add(i, i) for i in range(5)))
    print("gathered:", results)


asyncio.run(main())
