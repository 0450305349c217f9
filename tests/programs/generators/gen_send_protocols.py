# Generators as coroutines (send-based): averager, grep filter, broadcaster, and priming decorator
def primed(fn):
    def wrapper(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return wrapper
@primed
def averager():
    total, n, avg = 0.0, 0, None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
a = averager()
print([a.send(v) for v in (10, 20, 60)])
@primed
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@primed
def collector(out):
    while True:
        out.append((yield))
found = []
g = grep("py", collector(found))
for line in ["python", "ruby", "pypy", "perl", "happy"]:
    g.send(line)
print(found)
@primed
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
r1, r2 = [], []
b = broadcast([collector(r1), collector(r2)])
for i in range(3):
    b.send(i)
print(r1, r2)
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo closing with", received)
e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
