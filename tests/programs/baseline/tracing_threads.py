# Compiled functions and what needs the interpreter: settrace/setprofile after a function is
# compiled, and threads (the tier steps aside while more than one thread runs).
import sys
import threading

def work(n):
    t = 0
    for i in range(n):
        t += i
    return t

def inner(x):
    return x * 2

for i in range(200):
    work(10)
    inner(i)

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("work", "inner"):
        events.append((frame.f_code.co_name, event))
    return tracer

sys.settrace(tracer)
work(2)
inner(3)
sys.settrace(None)
print(events)

prof = []
def profiler(frame, event, arg):
    if frame.f_code.co_name in ("work", "inner", "outer"):
        prof.append((frame.f_code.co_name, event))

def outer():
    sys.setprofile(profiler)
    inner(1)
    return 0

for i in range(100):
    inner(i)
outer()
sys.setprofile(None)
print(prof)

results = []
lock = threading.Lock()
def worker(k):
    for i in range(200):
        v = work(20) + inner(k)
        with lock:
            results.append(v)

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(results), sorted(set(results)))
print(work(1000), inner(21))
