# Async generator pipelines driven by a tiny runner: async comprehension, async for over chains
class Sleep:
    def __await__(self):
        yield "sleep"
async def numbers(n):
    for i in range(n):
        await Sleep()
        yield i
async def squares(src):
    async for x in src:
        yield x * x
async def evens(src):
    async for x in src:
        if x % 2 == 0:
            yield x
async def main():
    result = [v async for v in evens(squares(numbers(8)))]
    total = 0
    async for v in squares(numbers(4)):
        total += v
    pairs = {k: v async for k, v in pairs_gen()}
    return result, total, pairs
async def pairs_gen():
    for k in "abc":
        await Sleep()
        yield k, ord(k)
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return steps, e.value
print(run(main()))
async def with_break():
    async for v in numbers(10):
        if v == 3:
            break
    return v
print(run(with_break()))
