# Custom iterables and iterators used by builtins: sorted, sum, min, max, list, tuple, set, dict, str.join, unpacking
class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        x = self.a
        while x < self.b:
            yield x
            x += 1
r = Range2(3, 7)
print(list(r), tuple(r), set(r), sum(r), min(r), max(r), sorted(r, reverse=True), len(list(r)))
print(dict(zip(r, r)), ",".join(str(x) for x in r), [*r], (*r,), {*r})
a, b, *c = r
print(a, b, c)
print(3 in r, 10 in r, any(x > 5 for x in r), all(x > 2 for x in r))
print(list(enumerate(r)), list(map(lambda v: v * 2, r)), list(filter(lambda v: v % 2, r)))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f), sum(f))
fi = iter(f)
print(next(fi), next(fi), next(fi), list(fi))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return self.n - i
print(list(Countdown(4)), sorted(Countdown(3)), "".join(map(str, Countdown(5))))
