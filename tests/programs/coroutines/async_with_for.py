# async with and async for driven by send(): __aenter__/__aexit__, __aiter__/__anext__, StopAsyncIteration
class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label
class AsyncCM:
    def __init__(self, suppress=False):
        self.suppress = suppress
    async def __aenter__(self):
        await Step("aenter")
        print("entered")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        await Step("aexit")
        print("exited", et.__name__ if et else None)
        return self.suppress
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Step(f"anext {self.i}")
        self.i += 1
        return self.i
async def main():
    async with AsyncCM() as r:
        print("inside with", r)
    async with AsyncCM(suppress=True):
        raise ValueError("suppressed")
    total = []
    async for v in Counter(3):
        total.append(v)
    else:
        print("async for else runs")
    print("collected", total)
    print([v async for v in Counter(2)])
    return "main done"
def drive(coro):
    labels = []
    try:
        while True:
            labels.append(coro.send(None))
    except StopIteration as e:
        print("labels:", labels)
        return e.value
print(drive(main()))
async def bad_aiter():
    async for x in [1, 2]:
        pass
try:
    drive(bad_aiter())
except TypeError as e:
    print(type(e).__name__, e)
async def bad_awith():
    async with object():
        pass
try:
    drive(bad_awith())
except TypeError as e:
    print(type(e).__name__, e)
