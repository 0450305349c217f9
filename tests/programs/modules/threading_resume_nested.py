# The main thread, preempted while busy, is resumed by a scheduler nested under a worker that
# sleeps under native code (time.sleep called through *args), blocks there again on an event,
# and must get that wait's result when it finally goes on in its own scheduler.
import threading, time

N = 40
evs = [threading.Event() for _ in range(N)]

def worker():
    for e in evs:
        args = (0.003,)
        time.sleep(*args)
        e.set()

def busy():
    x = 0
    end = time.monotonic() + 0.004
    while time.monotonic() < end:
        x += 1
    return x

t = threading.Thread(target=worker)
t.start()
got = []
for e in evs:
    busy()
    got.append(e.wait(5))
t.join()
print(got.count(True), len(got))
