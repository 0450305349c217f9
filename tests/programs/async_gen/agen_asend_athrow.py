# Async generator asend/athrow/aclose in detail, including yielding inside finally on aclose and ag_* attributes
def run(aw):
    out = []
    try:
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        return out, e.value
class Nap:
    def __await__(self):
        yield "nap"
async def accumulate():
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError:
                total = -1
                continue
            await Nap()
            total += v
    finally:
        print("accumulate finally, total", total)
g = accumulate()
print(g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_code.co_name)
print(run(g.asend(None)))
print(run(g.asend(5)))
print(run(g.asend(7)))
print(run(g.athrow(ValueError)))
print(run(g.asend(1)))
print(run(g.aclose()))
print(g.ag_frame)
try:
    run(g.asend(1))
except StopAsyncIteration:
    print("closed generator: StopAsyncIteration")
