# Coroutine objects and functions: flags, names, await inside comprehensions, async lambda-free patterns
async def af(x, y=2):
    return x + y
print(type(af).__name__, af.__name__, af.__code__.co_flags & 0x80 != 0, af.__defaults__)
co = af(1)
print(type(co).__name__, co.__qualname__, co.cr_code is af.__code__)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
class K:
    async def method(self):
        return "method result"
m = K().method()
print(m.__qualname__)
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
class Val:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
async def comp():
    vals = [await Val(i) for i in range(3)]
    gen_vals = {i: await Val(i * i) for i in range(3)}
    return vals, gen_vals
c = comp()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
import sys
print(sys.version_info >= (3, 11))
async def nested():
    async def inner():
        return "inner"
    return await inner()
n = nested()
try:
    n.send(None)
except StopIteration as e:
    print(e.value)
for src in ["await x", "def f():\n    await x\n", "async def f():\n    yield from x\n", "def f():\n    async with x: pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
