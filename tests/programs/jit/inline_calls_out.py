# Calls out of inlined code: a function the trace inlines calls something it cannot inline
# (a builtin, a function with *args, a generator): the call sees the inlined frames as the
# interpreter would have made them (sys._getframe, super(), tracebacks, handlers).
import sys
import traceback

try:
    import typhonjit  # Typhon's JIT makes calls out of inlined code with calls_out=1 (off by default)
    typhonjit.set_param("calls_out=1")
except ImportError:
    pass


def where(*args):
    # Not inlined (*args): a call out of the inlined caller.
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, tuple(sorted(f.f_locals)), f.f_back.f_code.co_name


def helper(x):
    y = x + 1
    return where(y)


def run_where():
    seen = set()
    for i in range(2000):
        seen.add(helper(i)[:3])
        last = helper(i)
    print(sorted(seen), last[3])


kept = []


def grab(*args):
    kept.append(sys._getframe(1))


def step(i):
    t = i * 2
    grab()
    t = t + 1
    return t


def run_escape():
    total = 0
    for i in range(2000):
        total += step(i)
    fr = kept[-1]
    print(total, len(kept), fr.f_code.co_name, fr.f_locals)


class Base:
    def size(self, k):
        return k * 10


class Child(Base):
    def size(self, k):
        return super().size(k) + 1


def run_super():
    c = Child()
    total = 0
    for i in range(2000):
        total += c.size(i)
    print(total)


table = {i: i * i for i in range(0, 3000, 3)}


def lookup(k):
    try:
        return table[k]
    except KeyError:
        return -1


def run_handler():
    hits = misses = 0
    for i in range(2000):
        v = lookup(i)
        if v < 0:
            misses += 1
        else:
            hits += v
    print(hits, misses)


def checked(k):
    return table[k] + 1


def run_traceback():
    total = 0
    try:
        for i in range(0, 6000, 3):
            total += checked(i)
    except KeyError as e:
        print("KeyError", e, total)
        for fs in traceback.extract_tb(e.__traceback__):
            print(fs.name, fs.lineno, fs.line)


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


def measure(b, i):
    return len(b) + max(i, 5) + sum(x for x in b.items if x > i % 3)


def run_builtins():
    boxes = [Box([1, 2, 3]), Box([4, 5]), Box([])]
    total = 0
    for i in range(2000):
        total += measure(boxes[i % 3], i)
    print(total)


def shout(msg):
    return msg.upper()


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, n):
        return "%s-%d" % (shout(self.name), n)


def run_format():
    g = Greeter("ty")
    out = []
    for i in range(2000):
        out.append(g.greet(i))
    print(out[0], out[-1], len(out))


run_where()
run_escape()
run_super()
run_handler()
run_traceback()
run_builtins()
run_format()
