# Generators consumed by hot loops, generators with hot loops inside, and send().
def gen(n):
    i = 0
    while i < n:
        yield i * i
        i += 1

total = 0
for v in gen(5000):
    total += v
print(total)

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(sum(evens(range(10000))))
print(sum(x * 2 for x in range(10000) if x % 3))

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count

a = averager()
next(a)
for i in range(3000):
    r = a.send(i)
print(r)
