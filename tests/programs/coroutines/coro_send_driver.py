# Coroutines driven manually with .send(): awaitables with __await__, return values via StopIteration
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return f"resumed with {received}"
async def child(x):
    r = await Suspend(f"child yields {x}")
    return f"child({x}) -> {r}"
async def parent():
    a = await child(1)
    print("parent got", a)
    b = await child(2)
    print("parent got", b)
    return "parent done"
c = parent()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print("StopIteration.value =", e.value)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("simple returned", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def noop():
    pass
n = noop()
print(n.cr_running, n.cr_frame is not None, n.cr_code.co_name, n.cr_await)
n.close()
print(n.cr_frame)
