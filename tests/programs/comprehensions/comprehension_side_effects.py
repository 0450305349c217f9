# Order of evaluation in comprehensions: conditions and element expressions interleave per item
log = []
def src(n):
    for i in range(n):
        log.append(f"yield {i}")
        yield i
def cond(x):
    log.append(f"cond {x}")
    return x % 2 == 0
def elem(x):
    log.append(f"elem {x}")
    return x * 10
r = [elem(x) for x in src(4) if cond(x)]
print(r)
print(log)
log.clear()
d = {elem(x): cond(x) for x in src(2)}
print(d, log)
log.clear()
g = (elem(x) for x in src(3))
log.append("generator created")
next(g)
log.append("after first next")
print(log)
log.clear()
s = sorted(elem(x) for x in src(2))
print(s, log)
