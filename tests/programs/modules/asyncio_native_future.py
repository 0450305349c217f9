# asyncio.Future (the _asyncio module's native Future in CPython): results, exceptions,
# cancellation, callbacks and their contexts, reprs, the iterator protocol, subclassing.
import asyncio
import contextvars
import gc
import weakref

from _show import show

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
Future = asyncio.Future
print(Future.__module__, Future.__name__, asyncio.futures._CFuture is Future)


# results and states
f = Future()
print(repr(f), f._state, f.done(), f.cancelled(), f._callbacks, f._result, f._exception)
show("result pending", f.result)
show("exception pending", f.exception)
f.set_result(42)
print(repr(f), f._state, f.done(), f.result(), f.exception(), f._result)
show("set_result twice", lambda: f.set_result(1))
show("set_exception done", lambda: f.set_exception(ValueError()))
print("cancel done", f.cancel())

f = Future()
f.set_exception(ValueError("bad"))
print(repr(f), f._log_traceback)
show("result", f.result)
print("log_traceback after result", f._log_traceback)
print("exception", repr(f.exception()))

f = Future()
f.set_exception(KeyError)
print(repr(f.exception()))
show("StopIteration", lambda: Future().set_exception(StopIteration()))
show("not an exception", lambda: Future().set_exception(42))
show("log_traceback True", lambda: setattr(f, "_log_traceback", True))
f._log_traceback = False
show("del blocking", lambda: delattr(f, "_asyncio_future_blocking"))
show("del log_traceback", lambda: delattr(f, "_log_traceback"))

# cancellation, with and without a message
f = Future()
print("cancel", f.cancel("stop it"), f.cancelled(), f._cancel_message, repr(f))
show("result cancelled", f.result)
show("exception cancelled", f.exception)
print("cancel again", f.cancel())
f = Future()
f.cancel()
show("no message", f.result)
f = Future()
f._cancel_message = "changed"
f.cancel()
e = f._make_cancelled_error()
print(type(e).__name__, e.args)

# callbacks: order, contexts, removal, scheduling through the loop
var = contextvars.ContextVar("var", default="default")
order = []


def cb(name):
    def inner(fut):
        order.append((name, var.get(), fut.result()))
    inner.__qualname__ = name
    return inner


f = Future()
a, b, c = cb("a"), cb("b"), cb("c")
f.add_done_callback(a)
var.set("set-before-b")
f.add_done_callback(b)
ctx = contextvars.copy_context()
ctx.run(var.set, "in-ctx")
f.add_done_callback(c, context=ctx)
f.add_done_callback(a)
print(repr(f))
print("callbacks", len(f._callbacks), [type(t).__name__ for t in f._callbacks])
print("remove a", f.remove_done_callback(a), "remove a again", f.remove_done_callback(a))
f.add_done_callback(a)
f.set_result("R")
print("callbacks after set", f._callbacks, order)
loop.run_until_complete(asyncio.sleep(0))
print("ran", order)
order.clear()
f.add_done_callback(b)  # already done: scheduled at once
loop.run_until_complete(asyncio.sleep(0))
print("late", order)
var.set("default")

# await and the iterator protocol
async def waiter(fut):
    return await fut


f = Future()
loop.call_soon(f.set_result, "awaited")
print(loop.run_until_complete(waiter(f)))
f = Future()
loop.call_soon(f.set_exception, RuntimeError("boom"))
show("await exception", lambda: loop.run_until_complete(waiter(f)))

f = Future()
it = iter(f)
print(type(it).__name__, it is not f.__await__(), iter(it) is it)
print("first next is the future", next(it) is f, f._asyncio_future_blocking)
show("second next", lambda: next(it))
f.set_result((1, 2))
try:
    it.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
show("after end", lambda: next(it))
f = Future()
it = f.__await__()
show("throw instance", lambda: it.throw(ValueError("thrown")))
it = f.__await__()
show("throw class", lambda: it.throw(ValueError, None, None))
it = f.__await__()
show("throw bad", lambda: it.throw(list))
show("throw two instances", lambda: f.__await__().throw(Exception("a"), Exception("b")))
show("throw bad tb", lambda: f.__await__().throw(Exception, Exception("a"), 32))
it = f.__await__()
print("close", it.close())
show("next after close", lambda: next(it))

# construction and uninitialized futures
show("positional loop", lambda: Future(loop))
print(Future(loop=loop).get_loop() is loop)
g = Future.__new__(Future)
show("uninit result", g.result)
show("uninit get_loop", g.get_loop)
show("uninit set_result", lambda: g.set_result(1))
show("uninit add_done_callback", lambda: g.add_done_callback(print))
print("uninit done/cancelled", g.done(), g.cancelled(), g._loop, g._asyncio_future_blocking)


# subclassing, attributes, weak references, generic alias
class MyFuture(Future):
    def __init__(self, *, loop=None, tag=None):
        super().__init__(loop=loop)
        self.tag = tag

    def set_result(self, value):
        print("MyFuture.set_result", value)
        super().set_result(value * 2)


m = MyFuture(tag="t")
m.set_result(21)
print(m.tag, m.result(), repr(m), isinstance(m, Future), asyncio.isfuture(m))
f = Future()
f.extra = 1
print(f.extra, hasattr(f, "__dict__"))
r = weakref.ref(f)
print(r() is f)
print(Future[int], MyFuture[str])


class NoInit(Future):
    def __init__(self):
        pass


show("no super init", lambda: NoInit().get_loop())

# reprs of results and exceptions
f = Future()
f.set_result([1, "two"])
print(repr(f))
f = Future()
f.cancel()
print(repr(f))

loop.close()
asyncio.set_event_loop(None)
gc.collect()
print("done")
