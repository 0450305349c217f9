# Reimplementing common itertools with generators: count, cycle, repeat, accumulate, chain, islice, groupby, product, permutations
def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, n):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def cycle(seq):
    saved = list(seq)
    while saved:
        yield from saved
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = fn(total, x)
        yield total
def chain(*its):
    for it in its:
        yield from it
def groupby(it, key=lambda x: x):
    it = iter(it)
    group, cur = [], object()
    for x in it:
        k = key(x)
        if group and k != cur:
            yield cur, group
            group = []
        cur = k
        group.append(x)
    if group:
        yield cur, group
def product(*seqs):
    if not seqs:
        yield ()
        return
    for x in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (x,) + rest
def permutations(seq):
    if len(seq) <= 1:
        yield tuple(seq)
        return
    for i in range(len(seq)):
        for p in permutations(seq[:i] + seq[i + 1:]):
            yield (seq[i],) + p
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(islice(count(1.5, 0.5), 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print(list(chain("ab", [1], (), range(2))))
print([(k, g) for k, g in groupby("aabbbcaa")], [(k, len(g)) for k, g in groupby(range(10), key=lambda x: x // 4)])
print(list(product("ab", [0, 1])), len(list(product(range(3), range(3)))))
print(list(permutations([1, 2, 3])), len(list(permutations("abcd"))))
