# dict.update(dict) reuses the stored hashes and detects a source changed by __eq__;
# setdefault hashes and compares once.
class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
other = dict((i, 0) for i in range(1, 1337))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
    print("no error")
except RuntimeError as e:
    print("RuntimeError", e)

class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []), y.setdefault(h1, 9), h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)

src = {Hashed(): 1, Hashed(): 2}
counts = [k.hash_count for k in src]
dst = {}
dst.update(src)
dst2 = {"a": 1}
dst2.update(src)
print(counts, [k.hash_count for k in src], len(dst), len(dst2), list(dst.values()))

class D(dict):
    def __missing__(self, k):
        return "missing"
dd = D()
print(dd.setdefault("k", 3), dd["k"], dd["z"])
