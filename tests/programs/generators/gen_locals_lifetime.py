# Generator frames keep locals alive between yields; independent generator instances; generator return in loops
def counter(start):
    n = start
    while True:
        cmd = yield n
        if cmd == "reset":
            n = start
        elif cmd == "stop":
            return f"stopped at {n}"
        else:
            n += 1
c1, c2 = counter(0), counter(100)
print(next(c1), next(c2), next(c1), next(c1), next(c2), c1.send("reset"), next(c1))
try:
    c1.send("stop")
except StopIteration as e:
    print(e.value)
def chunks(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunks(range(10), 3)), list(chunks([], 2)), list(chunks("abcd", 2)))
def enumerate_gen(it, start=0):
    i = start
    for x in it:
        yield i, x
        i += 1
print(list(enumerate_gen("abc", 5)))
def zip_longest(*its, fill=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for it in its:
            try:
                row.append(next(it))
                alive = True
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest("ab", [1, 2, 3], fill="-")))
