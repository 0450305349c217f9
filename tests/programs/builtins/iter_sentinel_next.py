# iter(callable, sentinel), next with default, iterators over various builtins
counter = iter(range(10))
calls = []
def produce():
    v = next(counter)
    calls.append(v)
    return v
it = iter(produce, 4)
print(type(it).__name__, list(it), calls)
print(list(it))
lines = ["a", "b", "", "c"]
pos = iter(lines)
print(list(iter(lambda: next(pos), "")))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
n = [0]
def bump():
    n[0] += 1
    if n[0] > 3:
        raise ValueError("too many")
    return n[0]
try:
    list(iter(bump, 100))
except ValueError as e:
    print(type(e).__name__, e)
print(next(iter([]), "empty default"), next(iter("x")), next(iter({"k": 1})), next(iter({5})))
di = iter({"a": 1, "b": 2}.items())
print(next(di), list(di))
s = iter("héllo")
print("".join(s))
class Nums:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
print(list(iter(Nums(), 5)))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
it2 = iter([1, 2, 3])
for x in it2:
    if x == 1:
        print("skipping", next(it2))
    else:
        print("loop", x)
