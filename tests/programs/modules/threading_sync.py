# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer between green threads.
import threading
import time

# Lock: mutual exclusion across preempted threads.
lock = threading.Lock()
counter = [0]


def add(n):
    for _ in range(n):
        with lock:
            v = counter[0]
            for _ in range(3):
                pass
            counter[0] = v + 1


ts = [threading.Thread(target=add, args=(3000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", counter[0])

# acquire(blocking=False) and acquire(timeout=) on a lock another thread holds.
held = threading.Lock()
ready = threading.Event()
release = threading.Event()


def holder():
    with held:
        ready.set()
        release.wait()


h = threading.Thread(target=holder)
h.start()
ready.wait()
print("nonblocking:", held.acquire(blocking=False))
t0 = time.monotonic()
print("timeout:", held.acquire(timeout=0.1), time.monotonic() - t0 >= 0.09)
release.set()
print("blocking:", held.acquire())
held.release()
h.join()
print("locked after:", held.locked())

# RLock: reentrant for the owner, exclusive for others.
rl = threading.RLock()
order = []


def rl_user(name):
    with rl:
        with rl:
            order.append(name + " in")
            time.sleep(0.01)
            order.append(name + " out")


ts = [threading.Thread(target=rl_user, args=(n,)) for n in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("rlock pairs nested:", all(order[i][0] == order[i + 1][0] for i in range(0, len(order), 2)), len(order))
try:
    rl.release()
except RuntimeError as e:
    print(type(e).__name__, e)

# Condition: producer/consumer.
cond = threading.Condition()
items = []
got = []


def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
    time.sleep(0.001)
c.join()
print("condition got:", got)
with cond:
    print("wait timeout:", cond.wait(0.01))

# Semaphore: at most 2 inside at once.
sem = threading.Semaphore(2)
inside = [0]
peak = [0]


def limited():
    with sem:
        inside[0] += 1
        peak[0] = max(peak[0], inside[0])
        time.sleep(0.02)
        inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore peak:", peak[0])
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print(type(e).__name__, e)
print("semaphore nonblocking:", sem.acquire(False), sem.acquire(False), sem.acquire(False))

# Event.
ev = threading.Event()
print("event wait timeout:", ev.wait(0.01), ev.is_set())
threading.Timer(0.02, ev.set).start()
print("event set by timer:", ev.wait(5), ev.is_set())
ev.clear()
print("cleared:", ev.is_set())

# Timer cancel.
fired = []
tm = threading.Timer(0.05, lambda: fired.append(1))
tm.start()
tm.cancel()
tm.join()
print("cancelled timer fired:", fired)

# Barrier.
bar = threading.Barrier(3)
idx = []


def at_barrier():
    idx.append(bar.wait())


ts = [threading.Thread(target=at_barrier) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier indices:", sorted(idx), bar.n_waiting, bar.broken)
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("broken barrier:", type(e).__name__, b2.broken)

# Lock errors.
lk = threading.Lock()
try:
    lk.release()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lk.acquire(timeout=-2)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(lk).startswith("<unlocked _thread.lock object at"))
