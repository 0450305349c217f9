# Observer pattern with bound methods, closures, weak-free unsubscription and exception isolation
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn=None):
        if fn is None:
            return lambda f: self.on(event, f)
        self.handlers.setdefault(event, []).append(fn)
        return fn
    def off(self, event, fn):
        self.handlers[event].remove(fn)
    def emit(self, event, *args, **kw):
        results = []
        for h in list(self.handlers.get(event, [])):
            try:
                results.append(h(*args, **kw))
            except Exception as e:
                results.append(f"{type(e).__name__}: {e}")
        return results
bus = EventBus()
log = []
@bus.on("greet")
def hello(name):
    log.append("hello " + name)
    return len(name)
class Counter:
    def __init__(self):
        self.n = 0
    def incr(self, *_):
        self.n += 1
        return self.n
c = Counter()
bus.on("greet", c.incr)
bus.on("greet", lambda name: 1 / 0)
print(bus.emit("greet", "ann"))
print(bus.emit("greet", name="bo"))
bus.off("greet", c.incr)
print(bus.emit("greet", "cy"), c.n, log)
print(bus.emit("nothing"))
try:
    bus.off("greet", c.incr)
except ValueError as e:
    print(type(e).__name__, e)
print(c.incr == c.incr, c.incr is c.incr, [h.__name__ for h in bus.handlers["greet"]])
