# Async generator restrictions and errors: return with value, yield from, ignoring GeneratorExit, bad __anext__ use
for src in ["async def f():\n    yield 1\n    return 2\n", "async def f():\n    yield from []\n", "async def f():\n    yield 1\n    return\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit()
print(run(g.__anext__()))
try:
    run(g.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
async def simple():
    yield "only"
s = simple()
print(run(s.__anext__()))
try:
    run(s.__anext__())
except StopAsyncIteration:
    print("exhausted")
try:
    run(s.__anext__())
except StopAsyncIteration:
    print("still exhausted")
print(run(s.aclose()))
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration
r = raises_stop_async()
run(r.__anext__())
try:
    run(r.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e)
async def plain():
    yield 1
p = plain()
try:
    next(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in plain():
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__aiter__"), p.__aiter__() is p, hasattr(p, "__iter__"))
async def unstarted_athrow():
    yield 1
u = unstarted_athrow()
try:
    run(u.athrow(KeyError("k")))
except KeyError as e:
    print("athrow on unstarted raises", repr(e))
