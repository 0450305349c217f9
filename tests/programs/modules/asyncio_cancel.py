# asyncio timeouts and cancellation: wait_for, timeout(), cancel(), CancelledError, shield, wait.
import asyncio


async def slow(log, name="slow"):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")


async def wait_for_cases():
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for:", type(e).__name__, repr(str(e)), "is TimeoutError:", isinstance(e, TimeoutError))
    print("log:", log)
    print("fast wait_for:", await asyncio.wait_for(asyncio.sleep(0, "quick"), timeout=1))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("timeout():", type(e).__name__)
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("timeout(None) expired:", cm.expired())


async def cancel_cases():
    log = []
    t = asyncio.create_task(slow(log, "task"))
    await asyncio.sleep(0)
    print("cancel returned:", t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, "is BaseException only:",
              not isinstance(e, Exception))
    print("cancelled:", t.cancelled(), "done:", t.done(), "log:", log)
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    print("cancel again:", t.cancel())

    t2 = asyncio.create_task(slow(log, "msg"))
    await asyncio.sleep(0)
    t2.cancel("stop now")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("cancel message:", e.args)

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"

    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print("swallowing task:", await t3, t3.cancelled())

    inner = asyncio.create_task(asyncio.sleep(0.01, "shielded value"))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner result:", await inner)


async def wait_cases():
    async def val(x, d):
        await asyncio.sleep(d)
        return x

    ts = [asyncio.create_task(val(i, 0.1 * (i + 1))) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.result() for t in done), "pending:", len(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", sorted(t.result() for t in done), len(pending))
    got = []
    for f in asyncio.as_completed([val("b", 0.3), val("a", 0.05)]):
        got.append(await f)
    print("as_completed:", got)
    t = asyncio.create_task(val("late", 1))
    done, pending = await asyncio.wait([t], timeout=0.01)
    print("wait timeout:", len(done), len(pending))
    t.cancel()


async def task_exception():
    async def bad():
        await asyncio.sleep(0)
        raise KeyError("missing")

    t = asyncio.create_task(bad())
    try:
        await t
    except KeyError as e:
        print("task exception:", type(e).__name__, e)
    print("exception():", repr(t.exception()))


async def main():
    await wait_for_cases()
    await cancel_cases()
    await wait_cases()
    await task_exception()
    raise LookupError("from main")


try:
    asyncio.run(main())
except LookupError as e:
    print("run propagated:", type(e).__name__, e)
