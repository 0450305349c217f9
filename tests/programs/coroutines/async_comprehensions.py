# Async comprehensions and generators in coroutines: list/set/dict async comps, await in conditions
class Step:
    def __await__(self):
        yield
async def agen(n):
    for i in range(n):
        await Step()
        yield i
async def is_even(x):
    await Step()
    return x % 2 == 0
async def main():
    a = [x async for x in agen(5)]
    b = {x % 3 async for x in agen(7)}
    c = {x: x * x async for x in agen(4)}
    d = [x for x in range(6) if await is_even(x)]
    e = [await is_even(x) for x in range(3)]
    f = [(x, y) async for x in agen(3) for y in range(x)]
    g = (x * 10 async for x in agen(3))
    h = [v async for v in g]
    return a, b, c, d, e, f, h
co = main()
steps = 0
try:
    while True:
        co.send(None)
        steps += 1
except StopIteration as st:
    print(st.value)
print(steps)
