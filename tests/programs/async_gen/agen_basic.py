# Async generators driven manually: __anext__ awaitables, asend, athrow, aclose, StopAsyncIteration
class Tick:
    def __init__(self, label): self.label = label
    def __await__(self):
        yield self.label
async def agen(n):
    for i in range(n):
        await Tick(f"tick{i}")
        received = yield i
        if received is not None:
            print("agen received", received)
    print("agen finishing")
def run(aw):
    labels = []
    try:
        while True:
            labels.append(aw.send(None))
    except StopIteration as e:
        return labels, e.value
g = agen(3)
print(type(g).__name__, g.__name__, g.ag_running)
print(run(g.__anext__()))
print(run(g.asend("hello")))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
async def closing():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
c = closing()
print(run(c.__anext__()))
print(run(c.aclose()))
async def catching():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "after catch"
a = catching()
print(run(a.__anext__()))
print(run(a.athrow(ValueError("bad"))))
print(run(a.aclose()))
async def collect():
    out = []
    async for v in agen(2):
        out.append(v)
    return out, [x async for x in agen(2) if x]
print(run(collect()))
