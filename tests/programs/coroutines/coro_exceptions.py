# Exceptions flowing through await chains: try/except around await, finally in coroutines, throw() into awaiting coroutine
class Pause:
    def __await__(self):
        v = yield "paused"
        return v
async def risky(n):
    await Pause()
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2
async def safe(n):
    try:
        return await risky(n)
    except ValueError as e:
        return f"recovered from {e}"
    finally:
        print("safe finally", n)
def run(co, sends=()):
    try:
        co.send(None)
        for s in sends:
            co.send(s)
        while True:
            co.send(None)
    except StopIteration as e:
        return e.value
print(run(safe(3)), run(safe(-1)))
async def waiter():
    try:
        got = await Pause()
        return ("normal", got)
    except KeyError as e:
        return ("thrown in", repr(e))
w = waiter()
w.send(None)
try:
    w.throw(KeyError("injected"))
except StopIteration as e:
    print(e.value)
w2 = waiter()
w2.send(None)
try:
    w2.send("value")
except StopIteration as e:
    print(e.value)
async def cleanup():
    try:
        await Pause()
    finally:
        print("cleanup ran")
c = cleanup()
c.send(None)
c.close()
print(c.cr_frame is None)
