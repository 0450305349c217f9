# queue.Queue / LifoQueue / PriorityQueue / SimpleQueue between green threads, ThreadPoolExecutor.
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

q = queue.Queue(maxsize=3)
out = []


def producer():
    for i in range(10):
        q.put(i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
q.join()
print("squares:", out)

# Several consumers of a work queue.
work = queue.Queue()
done = []
lk = threading.Lock()


def worker():
    while True:
        n = work.get()
        if n is None:
            return
        with lk:
            done.append(n * 2)


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for n in range(30):
    work.put(n)
for _ in ws:
    work.put(None)
for w in ws:
    w.join()
print("work done:", sorted(done) == [n * 2 for n in range(30)], len(done))

# Timeouts and Empty/Full.
e = queue.Queue(1)
try:
    e.get(timeout=0.01)
except queue.Empty:
    print("get timed out: Empty")
e.put(1)
try:
    e.put(2, timeout=0.01)
except queue.Full:
    print("put timed out: Full")
try:
    e.put_nowait(3)
except queue.Full:
    print("put_nowait: Full")

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in (3, 1, 2):
    lq.put(v)
    pq.put(v)
print("lifo:", [lq.get() for _ in range(3)], "priority:", [pq.get() for _ in range(3)])

# SimpleQueue (the C one, _queue) across threads.
sq = queue.SimpleQueue()
print("SimpleQueue is _queue's:", type(sq).__module__)
res = []


def sq_consumer():
    for _ in range(3):
        res.append(sq.get())


t = threading.Thread(target=sq_consumer)
t.start()
for v in "xyz":
    time.sleep(0.005)
    sq.put(v)
t.join()
print("simple queue:", res, sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty as ex:
    print("SimpleQueue timed out:", type(ex).__name__)
try:
    sq.get_nowait()
except queue.Empty as ex:
    print("SimpleQueue nowait:", type(ex).__name__)
try:
    sq.get(timeout=-1)
except ValueError as ex:
    print(type(ex).__name__, ex)

# ThreadPoolExecutor.
with ThreadPoolExecutor(max_workers=4) as ex:
    print("map:", list(ex.map(lambda x: x * x, range(8))))
    futs = [ex.submit(pow, 2, k) for k in range(6)]
    print("as_completed:", sorted(f.result() for f in as_completed(futs)))
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as err:
        print("future exception:", type(err).__name__, err)
    slow = ex.submit(time.sleep, 0.05)
    d, nd = wait([slow], timeout=5)
    print("wait:", len(d), len(nd), slow.done())
print("executor shut down")
