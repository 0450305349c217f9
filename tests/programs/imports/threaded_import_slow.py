# Twenty threads import the same slow module (and a package-less nested one) at once: each
# must get the fully initialized module, the module body runs once, and nobody deadlocks.
import sys
import threading
import time

results = {}
errors = []
barrier = threading.Barrier(20)


def worker(i):
    try:
        barrier.wait()
        import _thr_slow
        results[i] = (_thr_slow.DONE, len(_thr_slow.steps), _thr_slow.Thing().n,
                      tuple(_thr_slow._thr_slow_inner.values))
    except BaseException as e:
        errors.append((i, type(e).__name__, str(e)))


threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors", errors)
print("results", len(results), sorted(set(results.values())))
import _thr_slow
print("started by a worker", _thr_slow.started_by.startswith("w"))
print("all joined", not any(t.is_alive() for t in threads))

# `from ... import` and importlib.import_module and __import__ from threads too.
import importlib
got = []


def worker2(i):
    if i % 3 == 0:
        from _thr_slow2 import VALUE
        got.append(VALUE)
    elif i % 3 == 1:
        got.append(importlib.import_module("_thr_slow2").VALUE)
    else:
        got.append(__import__("_thr_slow2").VALUE)


threads = [threading.Thread(target=worker2, args=(i,)) for i in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("got", got)
print("loaded once", sys.modules["_thr_slow2"].RUNS)
