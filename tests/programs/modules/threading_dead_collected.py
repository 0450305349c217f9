# A thread's Thread object, its arguments and the locals of the frames the main thread was
# switched out in (while it waited for the thread) die once nothing references them: weak
# references go dead after gc.collect() and threading._dangling shrinks (test.support's
# threading_cleanup waits for that after every asyncio test).
import gc
import threading
import weakref


class Payload:
    pass


def waiter(lock, hold):
    # The main thread blocks here (switched out) while the other thread runs.
    local_obj = Payload()
    hold.append(weakref.ref(local_obj))
    lock.acquire()
    return True


def scenario(_):
    refs = []
    arg = Payload()
    refs.append(weakref.ref(arg))
    lock = threading.Lock()
    lock.acquire()

    def work(x, lk):
        lk.release()

    t = threading.Thread(target=work, args=(arg, lock))
    refs.append(weakref.ref(t))
    t.start()
    ok = waiter(lock, refs)
    t.join()
    return ok, refs


def nested(f, *args):
    # Run from native code (map), so no temporary of this frame keeps the objects.
    return next(map(f, *[[a] for a in args]))


before = len(threading._dangling)
ok, refs = nested(scenario, 0)
print("waited", ok)
for _ in range(3):
    gc.collect()
print("arg dead", refs[0]() is None)
print("thread dead", refs[1]() is None)
print("waiter local dead", refs[2]() is None)
print("dangling back to before", len(threading._dangling) == before)
print("active", threading.active_count())

# test.support's threading_setup/threading_cleanup read _thread._count() and then compare
# threading._dangling, without calling gc.collect() first.
import _thread


def start_and_join(_):
    before = (_thread._count(), threading._dangling.copy())
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
    return before, weakref.ref(t)


before, ref = nested(start_and_join, 0)
after = (_thread._count(), threading._dangling)
print("count", after[0], "thread dead", ref() is None, "same as before", after == before)
