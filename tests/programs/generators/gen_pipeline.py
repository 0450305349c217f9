# Generator pipelines (realistic): chained transforms, windowing, interleaving
def read_lines():
    text = "alpha 3\nbeta 1\n# comment\ngamma 4\n\ndelta 1\nepsilon 5"
    for line in text.split("\n"):
        yield line
def non_empty(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, n = line.split()
        yield name, int(n)
def expand(records):
    for name, n in records:
        for i in range(n):
            yield f"{name}[{i}]"
pipeline = expand(parse(non_empty(read_lines())))
print(list(pipeline))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    seen = []
    for n in naturals():
        if n > 1 and all(n % p for p in seen):
            seen.append(n)
            yield n
print(list(take(15, primes())))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 5]])
