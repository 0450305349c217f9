# threading.local (_thread._local): one namespace per thread, __init__ rerun in each new thread.
import threading
import _thread

data = threading.local()
data.x = "main"
seen = {}


def f(name):
    seen[name + " before"] = hasattr(data, "x")
    data.x = name
    seen[name + " after"] = data.x
    seen[name + " dict"] = dict(data.__dict__)


ts = [threading.Thread(target=f, args=(n,)) for n in ("a", "b")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print("main still:", data.x, data.__dict__)


class MyLocal(threading.local):
    count = 0

    def __init__(self, start, step=1):
        MyLocal.count += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


ml = MyLocal(10, step=5)
print("init in main:", ml.value, ml.bump(), MyLocal.count)
vals = []


def g():
    vals.append((ml.value, ml.bump(), ml.bump()))


t = threading.Thread(target=g)
t.start()
t.join()
print("in thread:", vals, "inits:", MyLocal.count, "main value:", ml.value)

# The C type directly.
loc = _thread._local()
loc.a = 1
del loc.a
try:
    loc.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    _thread._local(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del loc.nothere
except AttributeError as e:
    print(type(e).__name__, e)
print(type(threading.local()).__name__, threading.local is _thread._local)
