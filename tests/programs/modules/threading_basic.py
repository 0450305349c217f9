# Green threads: start/join/is_alive/daemon/names/idents, preemption of busy loops, sleep, excepthook.
import threading
import time
import _thread

results = []


def worker(n, out):
    total = 0
    for i in range(20000):
        total += i % (n + 2)
    out.append((n, total))


threads = [threading.Thread(target=worker, args=(k, results), name=f"w{k}") for k in range(4)]
print("alive before start:", [t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print("alive after join:", [t.is_alive() for t in threads])
print("results:", sorted(results))
print("names:", [t.name for t in threads])
print("idents:", all(isinstance(t.ident, int) for t in threads), threads[0].ident != threading.get_ident())
print("native ids distinct:", len({t.native_id for t in threads}) == 4)
print("main:", threading.current_thread() is threading.main_thread(), threading.current_thread().name)
print("active after:", threading.active_count())

# A busy loop in one thread does not stop another from running (preemption at the switch interval).
flag = []


def spinner():
    n = 0
    while not flag:
        n += 1
    flag.append(n > 0)


def setter():
    time.sleep(0.05)
    flag.append("set")


s1 = threading.Thread(target=spinner)
s2 = threading.Thread(target=setter)
s1.start()
s2.start()
s1.join()
s2.join()
print("spinner stopped:", flag[0], flag[1])

# The main thread busy-waits for a worker.
done = []
w = threading.Thread(target=lambda: done.append(threading.current_thread().name), name="helper")
w.start()
while not done:
    pass
w.join()
print("main busy-wait saw:", done)

# join with a timeout on a sleeping thread, then for real.
sl = threading.Thread(target=time.sleep, args=(0.3,))
t0 = time.monotonic()
sl.start()
sl.join(0.05)
print("still alive after short join:", sl.is_alive())
sl.join()
print("joined; waited at least 0.3s:", time.monotonic() - t0 >= 0.29, sl.is_alive())

# Daemon flags, current_thread inside, enumerate.
seen = {}


def who():
    me = threading.current_thread()
    seen["name"] = me.name
    seen["daemon"] = me.daemon
    seen["in enumerate"] = me in threading.enumerate()
    seen["ident"] = me.ident == threading.get_ident() == _thread.get_ident()


d = threading.Thread(target=who, name="dd", daemon=True)
d.start()
d.join()
print("inside:", seen)

# Errors.
try:
    threading.Thread(target=lambda: None).join()
except RuntimeError as e:
    print(type(e).__name__, e)
t = threading.Thread(target=lambda: None)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    _thread.start_new_thread(1, ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    _thread.start_new_thread(print, [])
except TypeError as e:
    print(type(e).__name__, e)

# An exception in a thread goes to threading.excepthook.
caught = []
old_hook = threading.excepthook
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))


def boom():
    raise ValueError("boom in thread")


b = threading.Thread(target=boom, name="bad")
b.start()
b.join()
threading.excepthook = old_hook
print("excepthook got:", caught)

# _thread.start_new_thread with a lock as the join.
lk = _thread.allocate_lock()
lk.acquire()
box = []


def raw(a, b, c=0):
    box.append(a + b + c)
    lk.release()


_thread.start_new_thread(raw, (1, 2), {"c": 3})
lk.acquire()
print("raw thread result:", box)

# Switch interval.
import sys
old = sys.getswitchinterval()
sys.setswitchinterval(0.001)
print("switch interval:", sys.getswitchinterval())
sys.setswitchinterval(old)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(type(e).__name__, e)

# A non-daemon thread still running at the end is waited for.
late = threading.Thread(target=lambda: (time.sleep(0.05), print("late thread finished")))
late.start()
print("main done")
