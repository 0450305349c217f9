# asyncio.Task (the _asyncio module's native Task in CPython): results, exceptions,
# cancellation with messages, cancelling()/uncancel(), names, contexts, current_task and
# all_tasks, errors from bad yields, subclassing, and gather/wait_for/TaskGroup/shield on top.
import asyncio
import contextvars
import types

from _show import show

print(asyncio.Task.__module__, asyncio.tasks._CTask is asyncio.Task)
var = contextvars.ContextVar("var", default="unset")


async def value(x, delay=0):
    await asyncio.sleep(delay)
    return x


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def forever():
    await asyncio.sleep(3600)


async def basics():
    t = asyncio.create_task(value(5), name="five")
    print(t.get_name(), t.done(), t._state, t._must_cancel, t._fut_waiter, t.cancelling())
    print(type(t.get_coro()).__name__, t._coro is t.get_coro())
    print(await t, t.result(), t.done(), t.exception())
    t.set_name(123)
    print(repr(t.get_name()))
    show("set_result", lambda: t.set_result(1))
    show("set_exception", lambda: t.set_exception(ValueError()))
    t = asyncio.create_task(fail("no"))
    try:
        await t
    except ValueError as e:
        print("raised", e, type(t.exception()).__name__)
    print(repr(t).split(" coro=")[0])
    # waiting on a future: _fut_waiter and the wakeup callback
    fut = asyncio.get_running_loop().create_future()

    async def wait_fut():
        return await fut

    t = asyncio.create_task(wait_fut())
    await asyncio.sleep(0)
    print("waiting", t._fut_waiter is fut, len(fut._callbacks))
    fut.set_result("woken")
    print(await t)
    print("current", asyncio.current_task().get_name())
    show("coroutine expected", lambda: asyncio.Task(123))


async def cancellation():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("cancel", t.cancel("first"), t.cancelling(), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, t.cancelled(), repr(t).split(" coro=")[0])
    show("result", t.result)
    print("cancel done", t.cancel(), t.uncancel(), t.uncancel(), t.uncancel())

    # a task that catches its cancellation and goes on
    async def stubborn():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError as e:
            print("caught", e.args)
            return "survived"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel("please")
    print(await t, t.cancelled(), t.cancelling(), t.uncancel())

    # cancelled before it ever ran
    t = asyncio.create_task(value(1))
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("early", e.args, t._must_cancel)

    # cancelling the awaited future cancels the task
    fut = asyncio.get_running_loop().create_future()

    async def waiter():
        await fut

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    fut.cancel("from future")
    try:
        await t
    except asyncio.CancelledError as e:
        print("via future", e.args)

    # the coroutine raising CancelledError itself
    async def raiser():
        raise asyncio.CancelledError("self-made")

    t = asyncio.create_task(raiser())
    try:
        await t
    except asyncio.CancelledError as e:
        print("self-made", e.args, t.cancelled())


async def contexts():
    var.set("outer")
    seen = []

    async def reader(tag):
        seen.append((tag, var.get()))
        var.set(tag)
        await asyncio.sleep(0)
        seen.append((tag, var.get()))

    ctx = contextvars.copy_context()
    ctx.run(var.set, "ctx")
    await asyncio.gather(asyncio.create_task(reader("a")), asyncio.create_task(reader("b"), context=ctx))
    print(seen, var.get(), ctx[var])


async def bad_yields():
    @types.coroutine
    def bare_yield():
        yield

    @types.coroutine
    def yield_value():
        yield 42

    @types.coroutine
    def yield_future_no_await(fut):
        yield fut

    async def go(gen):
        await gen

    print("bare yield", await asyncio.create_task(go(bare_yield())))
    for label, make in [("bad yield", yield_value),
                        ("yield instead of await", lambda: yield_future_no_await(asyncio.get_running_loop().create_future()))]:
        try:
            await asyncio.create_task(go(make()))
        except RuntimeError as e:
            print(label, "->", str(e).split(" <")[0], "...")

    async def self_await():
        await asyncio.current_task()

    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print("self await ->", str(e).split(":")[0])
    other = asyncio.new_event_loop()
    try:
        try:
            await other.create_future()
        except RuntimeError as e:
            print("other loop ->", "attached to a different loop" in str(e))
    finally:
        other.close()


async def registry():
    t1 = asyncio.create_task(forever(), name="t1")
    t2 = asyncio.create_task(forever(), name="t2")
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks", names)
    t1.cancel()
    t2.cancel()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print("after", sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.tasks._current_tasks is asyncio.tasks._c_current_tasks if hasattr(asyncio.tasks, "_c_current_tasks") else "n/a")


class MyTask(asyncio.Task):
    steps = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.note = "mine"

    def cancel(self, msg=None):
        print("MyTask.cancel", msg)
        return super().cancel(msg)


async def subclassing():
    loop = asyncio.get_running_loop()
    t = MyTask(value("sub"), loop=loop, name="subtask")
    print(t.note, repr(t).split(" coro=")[0], isinstance(t, asyncio.Task), asyncio.isfuture(t))
    print(await t)
    t = MyTask(forever(), loop=loop)
    await asyncio.sleep(0)
    t.cancel("sub-cancel")
    print(await asyncio.gather(t, return_exceptions=True))
    print(asyncio.Task[int])


async def combinators():
    print("gather", await asyncio.gather(*(value(i) for i in range(5))))
    print("gather exc", await asyncio.gather(value(1), fail("g"), return_exceptions=True))
    try:
        await asyncio.wait_for(forever(), 0.01)
    except TimeoutError:
        print("wait_for timed out")
    print("wait_for", await asyncio.wait_for(value("in time"), 10))
    done, pending = await asyncio.wait([asyncio.create_task(value(i)) for i in range(3)])
    print("wait", sorted(t.result() for t in done), pending)
    inner = asyncio.create_task(value("shielded", 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print("shield", await inner, outer.cancelled())
    try:
        async with asyncio.timeout(0.01):
            await forever()
    except TimeoutError:
        print("timeout")
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(value("a"))
            tg.create_task(fail("in group"))
            tg.create_task(forever())
    except* ValueError as eg:
        print("taskgroup", [str(e) for e in eg.exceptions], a.result())
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(value(i)) for i in range(3)]
    print("taskgroup ok", [t.result() for t in ts])
    print("as_completed", sorted([await f for f in asyncio.as_completed([value(2), value(1)])]))


async def main():
    await basics()
    await cancellation()
    await contexts()
    await bad_yields()
    await registry()
    await subclassing()
    await combinators()


asyncio.run(main())
print("done")
