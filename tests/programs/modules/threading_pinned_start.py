# Threads started from inside a generator (the main thread is under native code, `next`) that
# never block: the main thread must still get its turn once the thread has started, then sleep
# while they run, and stop them.
import threading, time
from contextlib import contextmanager

stop = []
counts = [0, 0]

def work(i):
    while not stop:
        x = []
        for _ in range(50):
            x = [x]
        counts[i] += 1

@contextmanager
def running(threads):
    for t in threads:
        t.start()
    try:
        yield
    finally:
        stop.append(1)
        for t in threads:
            t.join()

threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
with running(threads):
    print("started", [t.is_alive() for t in threads])
    time.sleep(0.2)
print("joined", [t.is_alive() for t in threads])
print("both ran", all(c > 0 for c in counts))

def gen():
    t = threading.Thread(target=work, args=(0,))
    stop.clear()
    t.start()
    yield t
    stop.append(1)
    t.join()
    yield "done"

g = gen()
t = next(g)
time.sleep(0.05)
print(next(g), t.is_alive())
