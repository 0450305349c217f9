# Generators with try/finally and with-blocks: cleanup on exhaustion, close(), break from for loops
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
def managed():
    with CM(1):
        yield "a"
        yield "b"
    print("after with")
for v in managed():
    print("got", v)
g = managed()
next(g)
g.close()
print("--- break out of loop")
def fin():
    try:
        for i in range(5):
            yield i
    finally:
        print("fin cleanup")
gen = fin()
for v in gen:
    if v == 2:
        break
print("after break, before close")
gen.close()
print("--- exception inside")
def raiser():
    try:
        yield 1
        raise ValueError("inside gen")
    finally:
        print("finally runs before propagation")
try:
    for v in raiser():
        print(v)
except ValueError as e:
    print("caught", e)
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
y = yield_in_finally()
print(next(y), next(y))
try:
    next(y)
except StopIteration:
    print("done")
