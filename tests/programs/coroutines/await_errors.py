# await errors: awaiting non-awaitables, __await__ returning non-iterator, coroutine reuse, throw/close on coroutines
async def await_int():
    await 5
c = await_int()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
c = await_bad()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def inner():
    return 1
async def await_twice():
    co = inner()
    await co
    await co
c = await_twice()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class Pause:
    def __await__(self):
        try:
            yield "paused"
        except ValueError as e:
            print("awaitable caught", e)
            return "handled"
async def thrower():
    r = await Pause()
    return r
t = thrower()
print(t.send(None))
try:
    t.throw(ValueError("boom"))
except StopIteration as e:
    print("result", e.value)
async def closing():
    try:
        await Pause()
    finally:
        print("coroutine finally on close")
cl = closing()
cl.send(None)
cl.close()
co2 = inner()
try:
    iter(co2)
except TypeError as e:
    print(type(e).__name__, e)
co2.close()
co = inner()
try:
    next(co)
except TypeError as e:
    print(type(e).__name__, e)
co.close()
class GenAwait:
    def __await__(self):
        return iter(["x", "y"])
async def uses_gen_await():
    return await GenAwait()
u = uses_gen_await()
print(u.send(None), u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("value", e.value)
