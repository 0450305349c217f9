# Two threads import the two halves of an import cycle at the same time: each holds one module
# lock and needs the other's. importlib's deadlock detection hands one of them the partially
# initialized module (as CPython does) and both imports finish.
import sys
import threading

out = {}
errors = []


def worker(mod):
    try:
        m = __import__(mod)
        out[mod] = m.__name__
    except BaseException as e:
        errors.append((mod, type(e).__name__, str(e)))


threads = [threading.Thread(target=worker, args=(m,)) for m in ("_thr_cyc_a", "_thr_cyc_b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors", errors)
print("out", sorted(out.items()))
print("both loaded", "_thr_cyc_a" in sys.modules and "_thr_cyc_b" in sys.modules)
import _thr_cyc_a, _thr_cyc_b
print(_thr_cyc_a.name(), _thr_cyc_b.name())
print("initialized", [getattr(m.__spec__, "_initializing", False) for m in (_thr_cyc_a, _thr_cyc_b)])

# A module imported by a thread while main waits on a lock the module body releases.
import _thr_handoff
print("handoff", _thr_handoff.order)
