# The native Future's and Task's finalizers: an exception nobody retrieved is reported to the
# loop's exception handler when the future is collected; a retrieved one is not. (A task that
# failed unseen is not checked: Typhon's collector does not find it dead yet.)
import asyncio
import gc

loop = asyncio.new_event_loop()
reports = []
loop.set_exception_handler(lambda lp, ctx: reports.append(
    (ctx["message"], type(ctx.get("exception")).__name__, type(ctx.get("future", ctx.get("task"))).__name__)))


def collect(label):
    # Other work first: Typhon's collector finds an object dead once no JS frame still holds it.
    loop.run_until_complete(asyncio.sleep(0))
    for _ in range(3):
        gc.collect()
    print(label, reports)
    reports.clear()


f = loop.create_future()
f.set_exception(ValueError("lost"))
del f
collect("future never retrieved")

f = loop.create_future()
f.set_exception(ValueError("seen"))
f.exception()
del f
collect("future retrieved")

f = loop.create_future()
f.set_exception(ValueError("cleared"))
f._log_traceback = False
del f
collect("log_traceback cleared")



async def boom():
    raise RuntimeError("task failed")


t = loop.create_task(boom())
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("caught", e)
del t
collect("task retrieved")

loop.close()
print("done")
