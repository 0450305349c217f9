# Coroutine scheduling by hand: gather-like helper interleaving several coroutines, results in order
class Tick:
    def __await__(self):
        yield "tick"
async def job(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Tick()
    return name.upper() * steps
def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        still = []
        for idx, co in pending:
            try:
                co.send(None)
                still.append((idx, co))
            except StopIteration as e:
                results[idx] = e.value
        pending = still
    return results
log = []
print(gather(job("a", 3, log), job("b", 1, log), job("c", 2, log)))
print(log)
async def failing():
    await Tick()
    raise ValueError("job failed")
try:
    gather(job("x", 2, log), failing())
except ValueError as e:
    print(type(e).__name__, e)
async def adder(a, b):
    await Tick()
    return a + b
async def chain():
    x = await adder(1, 2)
    y = await adder(x, 10)
    return [x, y]
print(gather(chain(), adder(5, 5)))
